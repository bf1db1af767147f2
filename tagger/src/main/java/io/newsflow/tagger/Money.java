package io.newsflow.tagger;

/** A normalised amount of money: {@code €20 billion} is {@code {amount: 2.0E10, currency: "EUR"}} (ISO 4217 code). */
public record Money(double amount, String currency) {

    public Money {
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("amount must be finite, was " + amount);
        }
        if (currency == null || currency.isBlank()) {
            throw new IllegalArgumentException("currency must not be blank");
        }
    }
}
