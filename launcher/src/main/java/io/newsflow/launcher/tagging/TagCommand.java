package io.newsflow.launcher.tagging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.tagger.ArticleText;
import io.newsflow.tagger.Entity;
import io.newsflow.tagger.EntityTagger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow tag [FILE...]}: tags each file (or standard input) as one article and prints one JSON object per
 * entity, one per line. Every non-blank line of the input is a paragraph (title-cased lines are recognised as
 * headings by the tagger); with {@code --article} the file is read as the pipeline reads an article: its first
 * non-blank line is the headline and Markdown heading lines are headings, both context that is not tagged, as in
 * the article documents. {@code start}/{@code end} are character offsets into the whole input, {@code line} is the
 * 1-based line number.
 */
@Command(
        name = "tag",
        mixinStandardHelpOptions = true,
        description = "Tag text files (or standard input) with the built-in entity tagger; prints the entities as "
                + "JSON lines with character offsets into the input.")
public final class TagCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Text files; none (or '-') reads standard input.")
    private List<Path> files;

    @Mixin
    private TaggerChoice choice;

    @Option(
            names = "--article",
            description = "Read each file as the pipeline reads an article: the first non-blank line is the "
                    + "headline and '#' lines are headings, both context that is not tagged.")
    private boolean article;

    @Override
    public Integer call() throws IOException {
        if (files != null) {
            for (final Path file : files) {
                if (!file.toString().equals("-") && !Files.isReadable(file)) {
                    throw new ParameterException(spec.commandLine(), "cannot read " + file);
                }
            }
        }
        final EntityTagger tagger = choice.tagger(spec);
        final PrintStream out = System.out;
        if (files == null || files.isEmpty()) {
            tag(tagger, "-", new String(System.in.readAllBytes(), StandardCharsets.UTF_8), article, out);
        } else {
            for (final Path file : files) {
                final String text = file.toString().equals("-")
                        ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                        : Files.readString(file, StandardCharsets.UTF_8);
                tag(tagger, file.toString(), text, article, out);
            }
        }
        out.flush();
        return 0;
    }

    /**
     * Tags {@code text} as one article and prints its entities; {@code asArticle}: the first line is the headline and
     * heading lines are headings, as {@link ArticleText#parse} reads them. Package-private for tests.
     */
    static void tag(
            final EntityTagger tagger,
            final String source,
            final String text,
            final boolean asArticle,
            final PrintStream out)
            throws JsonProcessingException {
        String headline = null;
        final List<String> headings = new ArrayList<>();
        final List<String> paragraphs = new ArrayList<>();
        final List<Integer> offsets = new ArrayList<>();
        final List<Integer> lineNumbers = new ArrayList<>();
        int lineStart = 0;
        int lineNumber = 1;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            final String line = text.substring(lineStart, lineEnd);
            final Optional<String> heading = asArticle ? ArticleText.heading(line.strip()) : Optional.empty();
            if (asArticle && !line.isBlank() && headline == null) {
                headline = line.strip();
            } else if (heading.isPresent()) {
                headings.add(heading.get());
            } else if (!line.isBlank()) {
                final int lead = line.length() - line.stripLeading().length();
                paragraphs.add(line.strip());
                offsets.add(lineStart + lead);
                lineNumbers.add(lineNumber);
            }
            lineStart = lineEnd + 1;
            lineNumber++;
        }
        if (paragraphs.isEmpty()) {
            return;
        }
        final List<List<Entity>> tagged = tagger.tag(new ArticleText(headline, headings, paragraphs));
        for (int p = 0; p < tagged.size(); p++) {
            for (final Entity e : tagged.get(p)) {
                final Map<String, Object> json = new LinkedHashMap<>();
                json.put("source", source);
                json.put("line", lineNumbers.get(p));
                json.put("start", offsets.get(p) + e.start());
                json.put("end", offsets.get(p) + e.end());
                json.put("text", e.text());
                json.put("type", e.type().name());
                json.put("canonical", e.canonical());
                json.put("confidence", e.confidence());
                if (e.money() != null) {
                    final Map<String, Object> money = new LinkedHashMap<>();
                    money.put("amount", e.money().amount());
                    money.put("currency", e.money().currency());
                    json.put("money", money);
                }
                out.println(JSON.writeValueAsString(json));
            }
        }
    }
}
