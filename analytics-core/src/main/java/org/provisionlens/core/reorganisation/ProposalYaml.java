package org.provisionlens.core.reorganisation;

import java.math.BigDecimal;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Safe loading of a proposal file into plain values: maps, lists, text, numbers and booleans, never an arbitrary class.
 * No custom tags, few aliases, shallow nesting, no duplicate keys. Decimals are read exactly (as {@link BigDecimal}) and
 * dates stay text, so that the reader sees what was written.
 */
final class ProposalYaml {

    private ProposalYaml() {}

    static Object load(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(ProposalReader.MAX_BYTES);
        options.setTagInspector(tag -> false);
        options.setProcessComments(false);
        return new Yaml(new PlainValues(options)).load(text);
    }

    private static final class PlainValues extends SafeConstructor {

        PlainValues(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.FLOAT, new ExactDecimal());
            yamlConstructors.put(Tag.TIMESTAMP, new Text());
        }

        private final class ExactDecimal extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String value = constructScalar((ScalarNode) node).replace("_", "");
                try {
                    return new BigDecimal(value);
                } catch (NumberFormatException notPlain) {
                    // .inf, .nan and 1:30 (base 60): YAML's own reading, which the reader then refuses
                    return new ConstructYamlFloat().construct(node);
                }
            }
        }

        private final class Text extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                return constructScalar((ScalarNode) node);
            }
        }
    }
}
