package appraisal.documents;

/**
 * What heads both forms: the round ({@code รอบที่ 2 (1 เมษายน 2565 – 30 กันยายน 2565)}), the fiscal
 * year in the Buddhist era ({@code 2565}), the agreement's id and the two parties.
 */
public record FormHeader(String agreement, String round, String fiscalYear, Party appraisee, Party evaluator) {
}
