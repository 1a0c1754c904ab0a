package appraisal.interchange;

import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.shared.DomainException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON or YAML text into the interchange tree and writes it back: the only mapping between
 * text and the domain's {@link Node}. It streams tokens (rather than binding to Jackson's own
 * tree) to keep numbers exact and to remember where every value starts.
 */
public final class TreeText {

    private final JsonFactory json = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private final YAMLFactory yaml = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    /** Reads one document. Malformed text is an {@code INVALID} error naming {@code source:line:column}. */
    public ParsedTree read(String text, Syntax syntax, String source) {
        Map<String, SourcePosition> positions = new HashMap<>();
        try (JsonParser parser = (syntax == Syntax.JSON ? json : yaml).createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw DomainException.invalid("syntax.empty", source + ": the document is empty", source);
            }
            Node tree = readValue(parser, "", positions, source);
            if (parser.nextToken() != null) {
                throw malformed(source, parser.currentTokenLocation(), "unexpected content after the document");
            }
            return new ParsedTree(tree, source, ImmutableMap.copyOf(positions));
        } catch (JsonProcessingException e) {
            throw malformed(source, e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one JSON document this program wrote (a store's column) without remembering where each
     * value starts: nobody looks up a stored value by line, and the positions were most of the cost
     * of reading the half a million stored facts of a national round. Errors are as {@link #read}'s.
     */
    public Node readStoredJson(String text, String source) {
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() == null) {
                throw DomainException.invalid("syntax.empty", source + ": the document is empty", source);
            }
            Node tree = readValue(parser, "", null, source);
            if (parser.nextToken() != null) {
                throw malformed(source, parser.currentTokenLocation(), "unexpected content after the document");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw malformed(source, e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one JSON object of texts this program wrote (the audit trail's before and after fields)
     * straight into a map in the order written, without a tree: a store's check reads every event
     * of its trail, some 40 MB of them in a national round. Anything but an object of texts is
     * {@code syntax.malformed}.
     */
    public Map<String, String> readStoredTexts(String text, String source) {
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(source, parser.currentTokenLocation(), "expected an object of texts");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() != JsonToken.VALUE_STRING) {
                    throw malformed(source, parser.currentTokenLocation(), "the value of '" + name + "' is not a text");
                }
                fields.put(name, parser.getText());
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw malformed(source, parser.currentTokenLocation(), "unexpected content after the object");
            }
            return fields;
        } catch (JsonProcessingException e) {
            throw malformed(source, e.getLocation(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One value and everything in it; {@code positions} null: none are kept, and pointers are not built either. */
    private Node readValue(JsonParser p, String pointer, Map<String, SourcePosition> positions, String source) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        if (positions != null) {
            positions.put(pointer, new SourcePosition(at.getLineNr(), at.getColumnNr()));
        }
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.put(name, readValue(p, positions == null ? pointer : pointer + "/" + name.replace("~", "~0").replace("/", "~1"),
                            positions, source));
                }
                return new Node.Obj(ImmutableMap.copyOf(fields));
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, positions == null ? pointer : pointer + "/" + items.size(), positions, source));
                }
                return new Node.Arr(ImmutableList.copyOf(items));
            }
            case VALUE_STRING:
                return new Node.Text(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node.Num(p.getDecimalValue());
            case VALUE_TRUE:
                return new Node.Bool(true);
            case VALUE_FALSE:
                return new Node.Bool(false);
            case VALUE_NULL:
                throw DomainException.invalid("syntax.empty-value", source + ":" + new SourcePosition(at.getLineNr(), at.getColumnNr())
                        + " (" + (pointer.isEmpty() ? "/" : pointer) + "): empty value; give a value or remove the key", pointer);
            default:
                throw malformed(source, at, "unexpected " + token);
        }
    }

    private static DomainException malformed(String source, JsonLocation at, String message) {
        String where = at == null ? source : source + ":" + at.getLineNr() + ":" + at.getColumnNr();
        return DomainException.invalid("syntax.malformed", where + ": " + message, where);
    }

    /** Writes a tree as text: JSON pretty-printed, YAML block style with minimal quotes. */
    public String write(Node tree, Syntax syntax) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = (syntax == Syntax.JSON ? json : yaml).createGenerator(out)) {
            if (syntax == Syntax.JSON) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
            }
            writeValue(g, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = out.toString();
        return text.endsWith("\n") ? text : text + "\n";
    }

    /** Writes a tree as compact one-line JSON, e.g. for a database column. */
    public String writeCompact(Node tree) {
        // Jackson's own writer for text output (as ObjectMapper.writeValueAsString uses): it keeps the
        // generator's flushed chunks and joins them once, where a StringWriter grows and copies its buffer.
        BufferRecycler buffers = json._getBufferRecycler();
        try {
            SegmentedStringWriter out = new SegmentedStringWriter(buffers);
            try (JsonGenerator g = json.createGenerator(out)) {
                writeValue(g, tree);
            }
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            buffers.releaseToPool();
        }
    }

    private static void writeValue(JsonGenerator g, Node node) throws IOException {
        if (node instanceof Node.Obj o) {
            g.writeStartObject();
            for (Map.Entry<String, Node> e : o.fields().entrySet()) {
                g.writeFieldName(e.getKey());
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (node instanceof Node.Arr a) {
            g.writeStartArray();
            for (Node item : a.items()) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else if (node instanceof Node.Text t) {
            g.writeString(t.value());
        } else if (node instanceof Node.Num n) {
            g.writeNumber(n.value());
        } else if (node instanceof Node.Bool b) {
            g.writeBoolean(b.value());
        }
    }
}
