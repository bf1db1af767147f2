package io.newsflow.contract;

/** A quotation and, where the text attributes it, its speaker (canonical name); null speaker when unattributed. */
public record Quote(String text, String speaker) {

    public Quote {
        Fields.notBlank(text, "text");
    }
}
