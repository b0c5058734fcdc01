// Fuzzes the .kamal/secrets parser (dotenv 3.2 rules with Kamal's command substitution): any
// crash, hang or sanitizer report is a bug, and no secret value may leak into a diagnostic.
#include "core/secrets/SecretsFile.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Berth::Secrets;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    SecretsContext context;
    context.variable = [](const QString &name) -> std::optional<QString> {
        if (name.startsWith(QLatin1Char('A')))
            return QStringLiteral("env-") + name;
        return std::nullopt;
    };
    // Approve only commands that start with "echo": the rest stay pending.
    context.runCommand = [](const QString &command) -> std::optional<QString> {
        if (command.startsWith(QLatin1String("echo ")))
            return command.mid(5);
        return std::nullopt;
    };
    const SecretsFileResult result
        = parseSecretsFile(text, QStringLiteral("fuzz.secrets"), context);
    // Diagnostics name keys and lines; a value that could itself be a key name (letters, digits,
    // _ and .), also with spaces around it (" KEY" is in "exports KEY"), may legitimately
    // appear that way, any other value must never appear.
    const auto couldBeAName = [](const QString &value) {
        return std::all_of(value.cbegin(), value.cend(), [](QChar c) {
            return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.');
        });
    };
    for (const auto &diagnostic : result.diagnostics) {
        for (const SecretEntry &entry : result.entries) {
            if (entry.value.size() >= 12 && diagnostic.message.contains(entry.value)
                && !couldBeAName(entry.value.trimmed())) {
                std::fprintf(stderr, "fuzz_secrets: a secret value reached a diagnostic\n");
                std::abort();
            }
        }
    }
    return 0;
}
