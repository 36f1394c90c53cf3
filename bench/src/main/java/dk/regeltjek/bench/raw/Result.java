package dk.regeltjek.bench.raw;

/** What a hand-written rule concludes: the criterion, whom it is about, the status and a message. */
public final class Result {
    public static final String MET = "met";
    public static final String NOT_MET = "not_met";
    public static final String WARNING = "warning";

    private final String criterion;
    private final String subject;
    private final String status;
    private final String message;

    public Result(String criterion, String subject, String status, String message) {
        this.criterion = criterion;
        this.subject = subject;
        this.status = status;
        this.message = message;
    }

    public String getCriterion() {
        return criterion;
    }

    public String getSubject() {
        return subject;
    }

    public String getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }
}
