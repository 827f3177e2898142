-- Images made safe on upload (web-kit's SafeImages): fresh JPEGs without metadata.
alter table organizer add column logo bytea;
alter table fair add column banner bytea;
