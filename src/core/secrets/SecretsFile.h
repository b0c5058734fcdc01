#pragma once

#include "core/config/Diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Berth::Secrets {

// What parsing a secrets file may consult. The parser itself never spawns a process or reads
// the environment: the caller decides what is visible and which commands the user approved.
struct SecretsContext
{
    // Process/project environment for $VAR, consulted after the file's own earlier keys;
    // nullopt = unset (dotenv then substitutes the empty string). Also read for
    // DOTENV_LINEBREAK_MODE when the file does not set it.
    std::function<std::optional<QString>(const QString &name)> variable;
    // Runs an approved `$(command)` (variables already substituted) and returns its stdout
    // chomped, or nullopt when the user has not approved that exact command text.
    std::function<std::optional<QString>(const QString &command)> runCommand;
};

struct SecretEntry
{
    enum class Kind {
        Literal, // the value is the text of the file
        Substituted, // a $VAR / ${VAR} was expanded
        Command, // a $(…) ran and its output is part of the value
        PendingCommand, // a $(…) needs approval (or depends on a pending key); value unknown
    };

    QString name;
    QString value; // empty while pending
    Kind kind = Kind::Literal;
    // The exact command texts this value needs, after variable substitution, in order.
    QStringList commands;
    // True when one of `commands` is `kamal secrets …`, which Kamal runs in-process
    // (fetch/extract adapters) rather than through a shell.
    bool usesKamalSecretsCli = false;
    // Earlier pending keys whose values this one needs before its command text is known.
    QStringList pendingDependencies;
    int line = 0; // 1-based line of the key (of its last definition)
};

struct SecretsFileResult
{
    // In file order of first definition; a later definition replaces the value in place,
    // as Ruby's Hash does.
    QList<SecretEntry> entries;
    // Never contain a secret value: only line numbers and key names.
    Config::Diagnostics diagnostics;
};

// Parses one `.kamal/secrets*` file as dotenv 3.2.0 `Dotenv.parse(file, overwrite: true)` does
// with Kamal's inline command substitution (reference §2.2). Linear in the size of the text.
[[nodiscard]] SecretsFileResult parseSecretsFile(const QString &text, const QString &fileName,
                                                 const SecretsContext &context);

// The files Kamal reads for a destination, in order (reference §2.2): `<path>-common`, then
// `<path>` without a destination or `<path>.<destination>` with one.
[[nodiscard]] QStringList secretsFilesFor(const QString &secretsPath, const QString &destination);

} // namespace Berth::Secrets
