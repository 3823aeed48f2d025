#!/usr/bin/env python3
"""Writes HuaweiOcrComponentConfiguration.java and HuaweiOcrComponentConverter.java from the component's catalog.

camel-spring-boot generates its starters from a component's catalog JSON, but its generator only works for
org.apache.camel artifacts. This script produces the same shape from our own catalog, so the starter's properties can
never drift from the component's options: re-run it whenever an option changes.

usage: generate_starter.py <path to huaweiocr.json> <starter source root>
"""
import json
import sys
import textwrap
from pathlib import Path

# The licence header every source file starts with; the build checks it (license-maven-plugin).
HEADER = Path(__file__).resolve().parents[3] / "src" / "license" / "header.txt"
PACKAGE = "io.github.huaweiocr.springboot"
PREFIX = "camel.component.huaweiocr"

BOXED = {"boolean": "Boolean", "int": "Integer", "long": "Long", "double": "Double", "float": "Float",
         "short": "Short", "byte": "Byte", "char": "Character"}
SIMPLE = {"java.lang.String": "String", "java.lang.Boolean": "Boolean", "java.lang.Integer": "Integer",
          "java.lang.Long": "Long", "java.lang.Double": "Double"}


def java_header():
    lines = HEADER.read_text(encoding="utf-8").rstrip("\n").split("\n")
    return "/*\n" + "".join((" * " + line).rstrip() + "\n" for line in lines) + " */\n"


def java_type(option):
    jt = option["javaType"]
    if option.get("type") == "duration":
        # Spring binds "10s", "500ms" or a plain number of milliseconds; the component's configurer takes a Duration.
        return "java.time.Duration"
    if jt in BOXED:
        return BOXED[jt]
    if jt in SIMPLE:
        return SIMPLE[jt]
    return jt.replace("java.lang.", "").replace("java.util.", "java.util.")


def is_enum_type(option):
    return option.get("type") == "enum" and option["javaType"] not in SIMPLE


def default_literal(option, jtype):
    if "defaultValue" not in option:
        return None
    value = option["defaultValue"]
    if jtype == "Boolean":
        return "true" if value in (True, "true") else "false"
    if jtype in ("Integer",):
        return str(int(value))
    if jtype == "Long":
        return str(int(value)) + "L"
    if jtype == "Double":
        return str(float(value))
    if jtype == "String":
        return json.dumps(str(value))
    if jtype == "java.time.Duration":
        return "java.time.Duration.ofMillis(" + str(int(value)) + ")"
    if option.get("enum") and str(value) in option["enum"]:
        return jtype + "." + str(value)
    return None


def javadoc(text, indent="    "):
    lines = textwrap.wrap(text, width=80 - len(indent) - 3, break_long_words=False, break_on_hyphens=False)
    return indent + "/**\n" + "".join(indent + " * " + l + "\n" for l in lines) + indent + " */\n"


def describe(name, option, jtype):
    text = option.get("description", "").strip()
    if text and not text.endswith("."):
        text += "."
    if option.get("multiValue"):
        # The catalog's text is about URI options (param.x=y); in Spring Boot each entry is a key of this map.
        text = ("The API's own request fields for every endpoint, one key per field, e.g. " + PREFIX + "." + name
                + ".side=back or " + PREFIX + "." + name + ".return_verification=true. Checked against the"
                " operation's fields and types when an endpoint is created; endpoints add or override fields with their"
                " " + option.get("prefix", "") + "* options.")
    if jtype not in SIMPLE.values() and jtype not in BOXED.values() and not is_enum_type(option) \
            and not jtype.startswith("java.util.Map") and jtype != "java.time.Duration":
        text += " The option is a " + option["javaType"] + " type."
    if jtype == "java.time.Duration":
        text += " Takes a duration such as 10s or 500ms; a plain number is milliseconds."
    if option.get("secret"):
        text += " This option is a secret: keep it out of source control and logs."
    return text


def main(catalog_path, source_root):
    catalog = json.loads(Path(catalog_path).read_text(encoding="utf-8"))
    component = catalog["component"]
    options = sorted(catalog["componentProperties"].values(), key=lambda o: o["index"])
    names = sorted(catalog["componentProperties"].keys(), key=lambda n: catalog["componentProperties"][n]["index"])

    fields, accessors, bean_types = [], [], []
    fields.append(javadoc("Whether to enable auto configuration of the huaweiocr component. This is enabled by"
                          " default.") + "    private Boolean enabled;\n")
    for name, option in zip(names, options):
        jtype = java_type(option)
        if jtype.startswith("java.util.Map"):
            jtype = "java.util.Map<String, Object>"
        default = default_literal(option, jtype)
        decl = "    private " + jtype + " " + name + (" = " + default if default else "") + ";\n"
        fields.append(javadoc(describe(name, option, jtype)) + decl)
        cap = name[0].upper() + name[1:]
        accessors.append("    public " + jtype + " get" + cap + "() {\n        return " + name + ";\n    }\n\n"
                         "    public void set" + cap + "(" + jtype + " " + name + ") {\n        this." + name
                         + " = " + name + ";\n    }\n")
        if option.get("type") == "object" and not is_enum_type(option) and not jtype.startswith("java.util.") \
                and jtype != "java.time.Duration":
            bean_types.append(option["javaType"])

    description = component.get("description", "").strip()
    config = (java_header() + "package " + PACKAGE + ";\n\n"
              "import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n"
              "import org.springframework.boot.context.properties.ConfigurationProperties;\n\n"
              "/**\n * " + "\n * ".join(textwrap.wrap(description + ("" if description.endswith(".") else "."), 100))
              + "\n *\n * The {@code camel.component.huaweiocr.*} properties: one per option of the component, in the shape"
              " camel-spring-boot\n * generates for its starters. Written by {@code src/build/generate_starter.py} from"
              " the component's catalog;\n * re-run it when an option changes rather than editing by hand.\n */\n"
              "@ConfigurationProperties(prefix = \"" + PREFIX + "\")\n"
              "public class HuaweiOcrComponentConfiguration extends ComponentConfigurationPropertiesCommon {\n\n"
              + "".join(fields) + "\n" + "\n".join(accessors) + "}\n")

    pairs = "".join("        answer.add(new ConvertiblePair(String.class, " + t + ".class));\n" for t in bean_types)
    cases = "".join("            case \"" + t + "\":\n                return applicationContext.getBean(ref, " + t
                    + ".class);\n" for t in bean_types)
    converter = (java_header() + "package " + PACKAGE + ";\n\n"
                 "import java.util.LinkedHashSet;\n"
                 "import java.util.Set;\n\n"
                 "import org.springframework.beans.factory.annotation.Autowired;\n"
                 "import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;\n"
                 "import org.springframework.context.ApplicationContext;\n"
                 "import org.springframework.context.annotation.Configuration;\n"
                 "import org.springframework.core.convert.TypeDescriptor;\n"
                 "import org.springframework.core.convert.converter.GenericConverter;\n"
                 "import org.springframework.stereotype.Component;\n\n"
                 "/**\n * Resolves {@code #name} and {@code #bean:name} references in {@code camel.component.huaweiocr.*}"
                 " properties to\n * Spring beans, for the options that take an object (credentials provider, OCR"
                 " client, TLS settings...).\n * Written by {@code src/build/generate_starter.py} from the component's"
                 " catalog.\n */\n"
                 "@Configuration(proxyBeanMethods = false)\n"
                 "@ConfigurationPropertiesBinding\n"
                 "@Component\n"
                 "public class HuaweiOcrComponentConverter implements GenericConverter {\n\n"
                 "    @Autowired\n"
                 "    private ApplicationContext applicationContext;\n\n"
                 "    @Override\n"
                 "    public Set<ConvertiblePair> getConvertibleTypes() {\n"
                 "        Set<ConvertiblePair> answer = new LinkedHashSet<>();\n" + pairs +
                 "        return answer;\n"
                 "    }\n\n"
                 "    @Override\n"
                 "    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {\n"
                 "        if (source == null) {\n"
                 "            return null;\n"
                 "        }\n"
                 "        String ref = source.toString();\n"
                 "        if (!ref.startsWith(\"#\")) {\n"
                 "            throw new IllegalArgumentException(\"A bean reference must start with # (e.g. #myBean or\"\n"
                 "                    + \" #bean:myBean): \" + ref);\n"
                 "        }\n"
                 "        ref = ref.startsWith(\"#bean:\") ? ref.substring(\"#bean:\".length()) : ref.substring(1);\n"
                 "        switch (targetType.getName()) {\n" + cases +
                 "            default:\n"
                 "                throw new IllegalArgumentException(\"No bean reference conversion to \" + targetType.getName());\n"
                 "        }\n"
                 "    }\n"
                 "}\n")

    out = Path(source_root) / PACKAGE.replace(".", "/")
    (out / "HuaweiOcrComponentConfiguration.java").write_text(config, encoding="utf-8")
    (out / "HuaweiOcrComponentConverter.java").write_text(converter, encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
