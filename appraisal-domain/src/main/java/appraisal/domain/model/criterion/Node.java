package appraisal.domain.model.criterion;

import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The interchange tree: the shape rubrics and agreements take between the domain and any file
 * format. YAML and JSON adapters translate their own trees to and from this one, so the domain
 * owns the one mapping from a tree to indicators and criteria (and back).
 *
 * <p>Numbers are exact decimals; objects keep their key order so written files stay readable.
 */
public sealed interface Node permits Node.Obj, Node.Arr, Node.Text, Node.Num, Node.Bool {

    /** A JSON-like object with ordered keys. */
    record Obj(ImmutableMap<String, Node> fields) implements Node {
        public Obj {
            Objects.requireNonNull(fields, "fields");
        }

        public Optional<Node> get(String key) {
            return Optional.ofNullable(fields.get(key));
        }

        public boolean has(String key) {
            return fields.containsKey(key);
        }
    }

    /** An ordered list. */
    record Arr(ImmutableList<Node> items) implements Node {
        public Arr {
            Objects.requireNonNull(items, "items");
        }
    }

    /** A string. */
    record Text(String value) implements Node {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** An exact decimal number. */
    record Num(BigDecimal value) implements Node {
        public Num {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A boolean. */
    record Bool(boolean value) implements Node {
    }

    static Text text(String value) {
        return new Text(value);
    }

    static Num num(BigDecimal value) {
        return new Num(value);
    }

    static Num num(long value) {
        return new Num(BigDecimal.valueOf(value));
    }

    static Bool bool(boolean value) {
        return new Bool(value);
    }

    static Arr arr(List<? extends Node> items) {
        return new Arr(ImmutableList.copyOf(items));
    }

    static ObjBuilder obj() {
        return new ObjBuilder();
    }

    /** A name for the node's type as a user would read it in an error message. */
    default String typeName() {
        if (this instanceof Obj) {
            return "object";
        } else if (this instanceof Arr) {
            return "list";
        } else if (this instanceof Text) {
            return "text";
        } else if (this instanceof Num) {
            return "number";
        }
        return "true/false";
    }

    /** Builds an {@link Obj}, skipping absent optional values so written trees stay minimal. */
    final class ObjBuilder {
        private final Map<String, Node> fields = new LinkedHashMap<>();

        public ObjBuilder put(String key, Node value) {
            if (fields.containsKey(key)) {
                throw DomainException.invalid("tree.duplicate-key", "key '" + key + "' written twice", key);
            }
            fields.put(key, value);
            return this;
        }

        public ObjBuilder put(String key, String value) {
            return put(key, new Text(value));
        }

        public ObjBuilder put(String key, BigDecimal value) {
            return put(key, new Num(value));
        }

        public ObjBuilder put(String key, long value) {
            return put(key, num(value));
        }

        public ObjBuilder put(String key, boolean value) {
            return put(key, new Bool(value));
        }

        public ObjBuilder putIfPresent(String key, Optional<? extends Node> value) {
            value.ifPresent(v -> put(key, v));
            return this;
        }

        public Obj build() {
            return new Obj(ImmutableMap.copyOf(fields));
        }
    }
}
