package id.siapkerja.jobfair.statistics;

/**
 * What a fair's applications are counted by: ALL is everybody; DECISION groups the
 * decided applications by how long the decision took, PER_VACANCY the vacancies by how
 * many applications they had.
 */
public enum Trait {

	ALL, PROVINCE, REGENCY, EDUCATION, GENDER, AGE, SECTOR, VACANCY, DECISION, PER_VACANCY

}
