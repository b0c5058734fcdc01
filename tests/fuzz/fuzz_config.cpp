// Fuzzes what Berth does with a deploy.yml it did not write: ERB rendering, YAML parsing with
// positions, and the editor's minimal-diff operations. Any crash, hang, sanitizer report or
// out-of-range position is a bug; a diagnostic is the right answer to garbage.
#include "core/config/Erb.h"
#include "core/config/YamlEditor.h"
#include "core/config/YamlTree.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Berth::Config;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_config: invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ErbContext context;
    context.variable = [](const QString &name) -> std::optional<QString> {
        if (name.startsWith(QLatin1Char('A')))
            return QStringLiteral("value-of-") + name;
        return std::nullopt;
    };
    const ErbResult rendered = renderErb(text, QStringLiteral("fuzz.yml"), context);
    for (const Diagnostic &diagnostic : rendered.diagnostics)
        check(diagnostic.location.line >= 0 && diagnostic.location.offset <= text.size(),
              "ERB diagnostic position inside the template");

    const YamlParseResult parsed = parseYaml(rendered.text, QStringLiteral("fuzz.yml"));
    check(parsed.root || parsed.error, "the parser answers with a tree or an error");
    if (parsed.error) {
        check(parsed.error->location.offset <= rendered.text.size(),
              "YAML error position inside the text");
        return 0;
    }
    const YamlEditor editor(text, rendered.text, parsed.root, [&rendered](qsizetype offset) {
        return rendered.exactTemplateOffset(offset);
    });
    // The editor must either refuse or produce text that is still YAML with the new value.
    const auto edited = editor.set(QStringLiteral("proxy/app_port"), ScalarValue::integer(8080));
    if (edited && rendered.complete() && rendered.text == text) {
        const YamlParseResult again = parseYaml(*edited, QStringLiteral("fuzz.yml"));
        if (again.root) {
            const YamlNodePtr port = YamlEditor::find(again.root, QStringLiteral("proxy/app_port"));
            check(port && port->scalar == QLatin1String("8080"),
                  "an accepted edit reads back as written");
        }
    }
    (void)editor.append(QStringLiteral("servers/web/hosts"),
                        ScalarValue::string(QStringLiteral("10.0.0.9")));
    // Removing the first top-level key, and the first item of the first list: refused, or
    // the text parses again (the editor verified the rest is unchanged).
    if (parsed.root->isMap() && !parsed.root->entries.isEmpty()
        && parsed.root->entries.constFirst().key->isScalar()) {
        const QString first = parsed.root->entries.constFirst().key->scalar;
        const auto removed = editor.remove(first);
        if (removed && rendered.complete() && rendered.text == text)
            check(parseYaml(*removed, QStringLiteral("fuzz.yml")).root != nullptr,
                  "an accepted removal leaves YAML");
        (void)editor.remove(first + QStringLiteral("/0"));
    }
    return 0;
}
