package appraisal.documents;

/** A person as a form names them: name, position and unit (empty strings for someone not registered). */
public record Party(String id, String name, String position, String unit) {
}
