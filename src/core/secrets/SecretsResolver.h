#pragma once

#include "core/config/Diagnostic.h"
#include "core/secrets/Redactor.h"
#include "core/secrets/SecretsFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace Berth::Secrets {

// A stable identifier for a project folder: the same for every spelling of the path (relative,
// "..", symlinks), different for different folders. Namespaces keychain entries and settings.
[[nodiscard]] QString projectId(const QString &projectFolder);

// ---- Running `$(command)` --------------------------------------------------------------------

struct CommandRequest
{
    // Exact text after variable substitution. It may contain secret values: it is handed to
    // the shell through the environment (ShellCommandVariable), never on a command line.
    QString command;
    QString workingDirectory; // the project folder, as Kamal's cwd
    QHash<QString, QString> environment; // added to the process environment
    int timeoutMs = 60000;
};

struct CommandOutcome
{
    // Failed: an in-process `kamal secrets` command raised (standardError says why), as Kamal
    // itself would stop there.
    enum class Status { Finished, FailedToStart, TimedOut, Crashed, Failed };
    Status status = Status::Finished;
    int exitCode = 0;
    QString standardOutput; // as printed (not chomped)
    QString standardError;
};

// Runs one approved command and waits for it (blocking): call resolveSecrets() off the GUI
// thread, or from the CLI. Injected so tests and the GUI can substitute their own.
using CommandRunner = std::function<CommandOutcome(const CommandRequest &)>;

enum class ShellKind { Posix, Windows };
struct ShellInvocation
{
    QString program;
    QStringList arguments;
};

// The environment variable that carries the command text to the shell.
inline constexpr char ShellCommandVariable[] = "BERTH_SHELL_COMMAND";

// The one platform seam: how a command line reaches the user's shell. POSIX: `/bin/sh -c`,
// Windows: `cmd.exe /c` (no POSIX shell is assumed there). The command itself is expanded from
// ShellCommandVariable by the shell, so argv (visible to every user in `ps`) never holds it.
[[nodiscard]] ShellInvocation shellInvocation(ShellKind kind);
[[nodiscard]] ShellKind hostShellKind();
// The default CommandRunner: QProcess through shellInvocation(hostShellKind()), with the
// request's timeout (the process is killed when it expires) and working directory.
[[nodiscard]] CommandOutcome runShellCommand(const CommandRequest &request);

// ---- Which commands the user approved ----------------------------------------------------------

// The command texts a user approved for one project, persisted with QSettings. A command is
// identified by its text after variable substitution *with secret values redacted*
// (`kamal secrets extract X [secret SECRETS]`): that text is what the user was shown, it is
// safe to store, and it stays approved when a fetched value changes. Not thread-safe.
class ApprovedCommands
{
public:
    // `settings` is not owned and must outlive this object.
    ApprovedCommands(QSettings *settings, QString projectId);
    // Its own INI file at `settingsFile` (tests use a temporary file).
    ApprovedCommands(const QString &settingsFile, QString projectId);
    ~ApprovedCommands();
    ApprovedCommands(const ApprovedCommands &) = delete;
    ApprovedCommands &operator=(const ApprovedCommands &) = delete;

    [[nodiscard]] bool isApproved(const QString &command) const;
    void approve(const QString &command);
    void revoke(const QString &command);
    [[nodiscard]] QStringList commands() const;

private:
    [[nodiscard]] QString key() const;

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings = nullptr;
    QString m_projectId;
};

// ---- Resolving `.kamal/secrets*` ---------------------------------------------------------------

struct ResolveRequest
{
    QString projectFolder;
    QString destination; // empty = none
    QString secretsPath = QStringLiteral(".kamal/secrets"); // deploy.yml `secrets_path`
    // The project environment snapshot (from the keychain): consulted for $VAR after the
    // file's own earlier keys and before the process environment. Its values are redacted
    // from everything this reports, except the names in `plainNames`.
    QHash<QString, QString> projectEnvironment;
    QSet<QString> plainNames;
    // The process environment; unset = the real one. KAMAL_DESTINATION is set from
    // `destination` on top of it, as Kamal does.
    std::function<std::optional<QString>(const QString &name)> processEnvironment;
    // Whether the user approved this (redacted) command text; unset = nothing is approved.
    std::function<bool(const QString &command)> isApproved;
    CommandRunner runner; // unset = runShellCommand
    // The seam for native `kamal secrets fetch|print` adapters (reference §2.2): given the
    // command's words (shellSplit) it returns what the command prints, or nullopt to let
    // `runner` run the real `kamal`. Called only for approved commands; `extract` never
    // reaches it (answered in-process). Unset = runKamalSecretsInline.
    std::function<std::optional<CommandOutcome>(const QStringList &words,
                                                const CommandRequest &request)>
        kamalSecrets;
    int commandTimeoutMs = 60000;
};

struct ResolvedSecret
{
    QString name;
    QString value;
    QString file; // relative to the project folder, e.g. ".kamal/secrets.staging"
    int line = 0;
    SecretEntry::Kind kind = SecretEntry::Kind::Literal;
    QStringList commands; // redacted command texts the value came from
};

struct PendingCommand
{
    QString command; // redacted text: show it, approve it with ApprovedCommands::approve()
    QString file;
    int line = 0;
    QStringList names; // the keys waiting for it
};

struct UnresolvedSecret
{
    QString name;
    QString file;
    int line = 0;
    // Why: the command(s) it needs approved, or earlier keys it depends on, or a failed command.
    QStringList waitingForCommands;
    QStringList waitingForNames;
    bool commandFailed = false;
};

struct SecretsResolution
{
    // Kamal's merged hash: later files override earlier keys, in first-definition order.
    QList<ResolvedSecret> secrets;
    QList<UnresolvedSecret> unresolved;
    QList<PendingCommand> pendingCommands;
    QStringList filesRead; // relative paths, in order
    // Never contain a value: stderr of failed commands is redacted before it lands here.
    Config::Diagnostics diagnostics;

    [[nodiscard]] bool isComplete() const { return unresolved.isEmpty(); }
    [[nodiscard]] bool hasErrors() const;
    [[nodiscard]] QHash<QString, QString> values() const;
    // Redacts every resolved value (for logs of a run that uses these secrets).
    [[nodiscard]] Redactor redactor() const;
};

// Resolves the secrets files of `request.projectFolder` for `request.destination` exactly as
// Kamal 2.12 does (reference §2.2), running only approved commands. Blocking while commands
// run: call it off the GUI thread (commands time out after request.commandTimeoutMs each).
// `kamal secrets extract` is answered in-process as Kamal does (no process, so the fetched
// JSON never reaches a command line); other `kamal secrets …` commands go to
// `request.kamalSecrets`, else run the real `kamal` (both only once approved).
[[nodiscard]] SecretsResolution resolveSecrets(const ResolveRequest &request);

// `kamal secrets fetch` answered in-process where Berth can (the `test` adapter, unknown adapter
// names, a missing --account, Kamal's words for each); nullopt when the real `kamal` on PATH
// should run it; a Failed outcome naming what to install when it is not there.
[[nodiscard]] std::optional<CommandOutcome> runKamalSecretsInline(const QStringList &words,
                                                                  const CommandRequest &request);

// Ruby's String#shellescape (how `kamal secrets fetch` prints its JSON).
[[nodiscard]] QString rubyShellEscape(const QString &text);

// Ruby's Shellwords.shellsplit (what `kamal secrets` does with its inline command text);
// nullopt for an unmatched quote.
[[nodiscard]] std::optional<QStringList> shellSplit(const QString &text);

} // namespace Berth::Secrets
