package io.newsflow.tagger.testing;

import io.newsflow.tagger.ArticleText;
import io.newsflow.tagger.Entity;
import io.newsflow.tagger.EntityTagger;
import io.newsflow.tagger.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A test tagger that tags the names it is given, wherever they stand as whole words; longer names win. */
public final class NameTagger implements EntityTagger {

    private final Map<String, Name> names = new LinkedHashMap<>();

    public NameTagger name(final String surface, final EntityType type, final String canonical) {
        names.put(surface, new Name(type, canonical));
        return this;
    }

    /** The names of the sample article. */
    public static NameTagger forSample() {
        return new NameTagger()
                .name("Mark Rutte", EntityType.PERSON, "Mark Rutte")
                .name("Rutte", EntityType.PERSON, "Mark Rutte")
                .name("Volodymyr Zelenskyy", EntityType.PERSON, "Volodymyr Zelenskyy")
                .name("Zelenskyy", EntityType.PERSON, "Volodymyr Zelenskyy")
                .name("Donald Trump", EntityType.PERSON, "Donald Trump")
                .name("Trump", EntityType.PERSON, "Donald Trump")
                .name("Vladimir Putin", EntityType.PERSON, "Vladimir Putin")
                .name("Putin", EntityType.PERSON, "Vladimir Putin")
                .name("NATO", EntityType.ORGANIZATION, "NATO")
                .name("Odesa", EntityType.LOCATION, "Odesa")
                .name("Ukraine", EntityType.LOCATION, "Ukraine")
                .name("Russia", EntityType.LOCATION, "Russia");
    }

    @Override
    public List<List<Entity>> tag(final ArticleText article) {
        return article.paragraphs().stream().map(this::tagOne).toList();
    }

    private List<Entity> tagOne(final String text) {
        final List<Entity> found = new ArrayList<>();
        names.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(surface -> {
                    final Matcher matcher = Pattern.compile("\\b" + Pattern.quote(surface) + "\\b")
                            .matcher(text);
                    while (matcher.find()) {
                        final int start = matcher.start();
                        final int end = matcher.end();
                        if (found.stream().noneMatch(entity -> entity.start() < end && start < entity.end())) {
                            final Name name = names.get(surface);
                            found.add(new Entity(surface, name.type(), start, end, name.canonical(), 1.0, null));
                        }
                    }
                });
        found.sort(Comparator.comparingInt(Entity::start));
        return List.copyOf(found);
    }

    private record Name(EntityType type, String canonical) {}
}
