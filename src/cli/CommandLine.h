#pragma once

#include <QCommandLineOption>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace Berth::Cli {

// The exit codes of berth-cli's commands (`config check` has its own: 0 clean, 1 problems
// found, 2 unreadable).
enum ExitCode { Success = 0, Failure = 1, UsageError = 2, CommandNotFound = 127, Cancelled = 130 };

// The options that say which project, destination and known_hosts file a command works on,
// spelled and described alike in every command.
struct CommonOptions
{
    // -C, --project <dir>; the current folder when not given.
    [[nodiscard]] static QCommandLineOption project();
    // -d, --destination <name>: config/deploy.<name>.yml on top of config/deploy.yml.
    [[nodiscard]] static QCommandLineOption destination();
    // --known-hosts <file>; ~/.ssh/known_hosts when not given.
    [[nodiscard]] static QCommandLineOption knownHosts();
};

// Parses `arguments` with `parser` (its options and the help option added). Returns the exit
// code when the command is done here — a usage error printed to `err` (after `errorPrefix`), or
// the help printed to `out` — and nothing when the command goes on.
[[nodiscard]] std::optional<int> parseArguments(QCommandLineParser &parser,
                                                const QStringList &arguments, QTextStream &out,
                                                QTextStream &err,
                                                const QString &errorPrefix = QString());

} // namespace Berth::Cli
