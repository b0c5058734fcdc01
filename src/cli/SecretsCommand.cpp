#include "cli/SecretsCommand.h"

#include "cli/Await.h"
#include "cli/CommandLine.h"
#include "cli/SharedSettings.h"
#include "core/Project.h"
#include "core/config/ConfigLoader.h"
#include "core/config/YamlEditor.h"
#include "core/secrets/Redactor.h"
#include "core/secrets/SecretsResolver.h"
#include "secrets/ProjectEnvironment.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Berth::Cli {

namespace {

// Exit codes: stable for scripts.

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BerthCliSecrets)
};

// The value for `secrets set`: all of stdin, less one trailing newline (so `echo v |` works).
// On a terminal the typing is not echoed.
std::optional<QString> readValue(FILE *input, QTextStream &err, const QString &name)
{
#ifdef Q_OS_UNIX
    const int fd = fileno(input);
    termios saved {};
    const bool terminal = isatty(fd) != 0 && tcgetattr(fd, &saved) == 0;
    if (terminal) {
        err << Text::tr("Value for %1 (not shown): ").arg(name);
        err.flush();
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSANOW, &quiet);
    }
#else
    Q_UNUSED(name)
#endif
    QFile file;
    QByteArray bytes;
    if (file.open(input, QIODevice::ReadOnly)) {
#ifdef Q_OS_UNIX
        bytes = terminal ? file.readLine() : file.readAll();
#else
        bytes = file.readAll();
#endif
    }
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(fd, TCSANOW, &saved);
        err << '\n';
    }
#endif
    if (bytes.isEmpty())
        return std::nullopt;
    if (bytes.endsWith("\r\n"))
        bytes.chop(2);
    else if (bytes.endsWith('\n'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

QString kindWord(Secrets::SecretEntry::Kind kind)
{
    switch (kind) {
    case Secrets::SecretEntry::Kind::Literal: return Text::tr("literal");
    case Secrets::SecretEntry::Kind::Substituted: return Text::tr("variables substituted");
    case Secrets::SecretEntry::Kind::Command: return Text::tr("command output");
    case Secrets::SecretEntry::Kind::PendingCommand: return Text::tr("pending");
    }
    return {};
}

QString severityWord(Config::Severity severity)
{
    switch (severity) {
    case Config::Severity::Error: return QStringLiteral("error");
    case Config::Severity::Warning: return QStringLiteral("warning");
    case Config::Severity::Info: return QStringLiteral("info");
    }
    return {};
}

void printDiagnostics(QTextStream &err, const Config::Diagnostics &diagnostics,
                      const Secrets::Redactor &redactor)
{
    for (const Config::Diagnostic &d : diagnostics) {
        QString where = d.location.file;
        if (d.location.line > 0)
            where += QStringLiteral(":%1").arg(d.location.line);
        err << (where.isEmpty() ? QString() : where + QStringLiteral(": "))
            << severityWord(d.severity) << ": " << redactor.redact(d.message) << '\n';
        if (!d.hint.isEmpty())
            err << "  " << Text::tr("hint: %1").arg(redactor.redact(d.hint)) << '\n';
    }
}

// deploy.yml's `secrets_path` when it is set, else Kamal's default.
QString secretsPathOf(const Project &project, const QString &destination)
{
    const Config::LoadedConfig config
        = Config::loadConfig(Config::projectLoadOptions(project.configPath(), destination));
    if (!config.unreadable()) {
        const Config::YamlNodePtr node
            = Config::YamlEditor::find(config.effective, QStringLiteral("secrets_path"));
        if (node && node->isScalar() && !node->scalar.isEmpty())
            return node->scalar;
    }
    return QStringLiteral(".kamal/secrets");
}

// `secrets exec -- COMMAND…`: runs COMMAND with the project environment added to this
// process's own (project values win), its input and output those of berth-cli, and returns
// its exit code. This is how `kamal deploy` runs with no .env on disk.
int execWithEnvironment(ProjectEnvironment &environment, const QStringList &command,
                        QTextStream &err)
{
    ProjectEnvironment::Snapshot snapshot;
    if (!environment.variables().isEmpty()) {
        auto loaded = await<ProjectEnvironment::Snapshot>(
            [&](auto done) { environment.loadSnapshot(done); });
        if (!loaded) {
            err << "berth-cli secrets exec: " << loaded.error().message << '\n';
            return Failure;
        }
        snapshot = std::move(*loaded);
        for (const QString &name : std::as_const(snapshot.missing)) {
            err << Text::tr("warning: %1 is in the project environment but not in the "
                            "keychain; running without it.")
                       .arg(name)
                << '\n';
        }
    }
    const QString program = QStandardPaths::findExecutable(command.constFirst());
    if (program.isEmpty() && !QFileInfo(command.constFirst()).isExecutable()) {
        err << Text::tr("berth-cli secrets exec: “%1” was not found; check the name or PATH.")
                   .arg(command.constFirst())
            << '\n';
        return CommandNotFound;
    }
    QProcessEnvironment processEnvironment = QProcessEnvironment::systemEnvironment();
    for (auto it = snapshot.values.cbegin(); it != snapshot.values.cend(); ++it)
        processEnvironment.insert(it.key(), it.value());
    err.flush();

    QProcess process;
    process.setProcessEnvironment(processEnvironment);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(program.isEmpty() ? command.constFirst() : program, command.mid(1));
    if (!process.waitForStarted(-1)) {
        err << Text::tr("berth-cli secrets exec: could not start “%1”: %2")
                   .arg(command.constFirst(), process.errorString())
            << '\n';
        return CommandNotFound;
    }
    process.waitForFinished(-1);
    if (process.exitStatus() == QProcess::CrashExit) {
        err << Text::tr("berth-cli secrets exec: “%1” ended abnormally.").arg(command.constFirst())
            << '\n';
        return Failure;
    }
    return process.exitCode();
}

} // namespace

int runSecretsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, FILE *input)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("The project environment in the OS keychain, and .kamal/secrets as Kamal "
                 "resolves it. Values are read from standard input, never from arguments."));
    parser.addHelpOption();
    const QCommandLineOption projectOption = CommonOptions::project();
    const QCommandLineOption destinationOption = CommonOptions::destination();
    const QCommandLineOption plainOption(
        QStringLiteral("plain"),
        Text::tr("set, import: store as a plain (not secret) value, shown and not redacted."));
    const QCommandLineOption allowCommandsOption(
        QStringLiteral("allow-commands"),
        Text::tr("resolve: run every $(…) command in the secrets files, approved or not."));
    const QCommandLineOption showOption(QStringLiteral("show"),
                                        Text::tr("resolve: print the values."));
    parser.addOptions(
        {projectOption, destinationOption, plainOption, allowCommandsOption, showOption});
    parser.addPositionalArgument(
        QStringLiteral("subcommand"),
        Text::tr("list | get NAME | set NAME | unset NAME (rm) | import FILE (import-env) | "
                 "resolve | exec -- COMMAND [ARGUMENTS…]"));
    if (const auto done
        = parseArguments(parser, arguments, out, err, QStringLiteral("berth-cli secrets: ")))
        return *done;
    const QStringList args = parser.positionalArguments();
    // `rm` and `import-env` are the names the issue tracker and other tools use.
    static const QHash<QString, QString> aliases {
        {QStringLiteral("rm"), QStringLiteral("unset")},
        {QStringLiteral("import-env"), QStringLiteral("import")}};
    const QString subcommand = aliases.value(args.value(0), args.value(0));
    static const QHash<QString, int> argumentCounts {
        {QStringLiteral("list"), 1},  {QStringLiteral("get"), 2},    {QStringLiteral("set"), 2},
        {QStringLiteral("unset"), 2}, {QStringLiteral("import"), 2}, {QStringLiteral("resolve"), 1},
        {QStringLiteral("exec"), -1}};
    if (!argumentCounts.contains(subcommand)) {
        err << Text::tr("berth-cli secrets: unknown subcommand “%1”; use list, get, set, unset, "
                        "import, resolve or exec.")
                   .arg(subcommand)
            << '\n';
        return UsageError;
    }
    const int expectedCount = argumentCounts.value(subcommand);
    if (expectedCount < 0 ? args.size() < 2 : args.size() != expectedCount) {
        err << Text::tr("berth-cli secrets %1: wrong number of arguments (berth-cli secrets "
                        "--help)")
                   .arg(subcommand)
            << '\n';
        return UsageError;
    }

    const auto project = Project::open(parser.value(projectOption));
    if (!project) {
        err << "berth-cli secrets: " << project.error().message << '\n';
        return UsageError;
    }
    const QString destination = parser.value(destinationOption);
    if (!destination.isEmpty() && !project->destinations().contains(destination)) {
        err << Text::tr("berth-cli secrets: there is no destination “%1” (no "
                        "config/deploy.%1.yml).")
                   .arg(destination)
            << '\n';
        return UsageError;
    }
    SharedSettings settings;
    ProjectEnvironment environment(project->rootPath(), destination, &settings);

    if (subcommand == QLatin1String("list")) {
        const auto variables = environment.variables();
        if (variables.isEmpty()) {
            out << Text::tr("No variables in the project environment for %1.")
                       .arg(destination.isEmpty() ? Text::tr("the default destination")
                                                  : destination)
                << '\n';
            return Success;
        }
        // Whether each is set needs the keychain: one snapshot read, values discarded.
        const auto snapshot = await<ProjectEnvironment::Snapshot>(
            [&](auto done) { environment.loadSnapshot(done); });
        if (!snapshot)
            err << "berth-cli secrets: " << snapshot.error().message << '\n';
        for (const ProjectEnvironment::Variable &variable : variables) {
            const QString state = !snapshot                ? Text::tr("unknown")
                : snapshot->values.contains(variable.name) ? Text::tr("set")
                                                           : Text::tr("missing");
            out << variable.name << '\t'
                << (variable.secret ? Text::tr("secret") : Text::tr("plain")) << '\t' << state
                << '\n';
        }
        return snapshot ? Success : Failure;
    }

    if (subcommand == QLatin1String("get")) {
        const QString &name = args.at(1);
        if (!environment.contains(name)) {
            err << Text::tr("berth-cli secrets get: %1 is not in the project environment.")
                       .arg(name)
                << '\n';
            return Failure;
        }
        const auto value
            = await<QString>([&](auto handler) { environment.get(name, std::move(handler)); });
        if (!value) {
            err << "berth-cli secrets get: " << value.error().message << '\n';
            return Failure;
        }
        // The value exactly, with one newline for the terminal; `$(berth-cli secrets get X)`
        // drops it again.
        out << *value << '\n';
        return Success;
    }

    if (subcommand == QLatin1String("exec"))
        return execWithEnvironment(environment, args.mid(1), err);

    if (subcommand == QLatin1String("set")) {
        const QString &name = args.at(1);
        if (!ProjectEnvironment::isValidName(name)) {
            err << Text::tr("berth-cli secrets set: “%1” is not a variable name Kamal can use.")
                       .arg(name)
                << '\n';
            return UsageError;
        }
        const std::optional<QString> value = readValue(input, err, name);
        if (!value) {
            err << Text::tr("berth-cli secrets set: no value on standard input (e.g. "
                            "printf %s \"$VALUE\" | berth-cli secrets set %1).")
                       .arg(name)
                << '\n';
            return UsageError;
        }
        const bool secret = !parser.isSet(plainOption);
        const auto done
            = await<void>([&](auto handler) { environment.set(name, *value, secret, handler); });
        if (!done) {
            err << "berth-cli secrets set: " << done.error().message << '\n';
            return Failure;
        }
        out << Text::tr("Set %1 (%2).").arg(name, secret ? Text::tr("secret") : Text::tr("plain"))
            << '\n';
        return Success;
    }

    if (subcommand == QLatin1String("unset")) {
        const QString &name = args.at(1);
        if (!environment.contains(name)) {
            err << Text::tr("berth-cli secrets unset: %1 is not in the project environment.")
                       .arg(name)
                << '\n';
            return Failure;
        }
        const auto done = await<void>([&](auto handler) { environment.remove(name, handler); });
        if (!done) {
            err << "berth-cli secrets unset: " << done.error().message << '\n';
            return Failure;
        }
        out << Text::tr("Removed %1.").arg(name) << '\n';
        return Success;
    }

    if (subcommand == QLatin1String("import")) {
        const auto report = await<ProjectEnvironment::ImportReport>([&](auto handler) {
            environment.importDotenv(args.at(1), !parser.isSet(plainOption), handler);
        });
        if (!report) {
            err << "berth-cli secrets import: " << report.error().message << '\n';
            return report.error().code == QLatin1String("environment.import-unreadable")
                ? UsageError
                : Failure;
        }
        printDiagnostics(err, report->diagnostics, Secrets::Redactor());
        for (const QString &name : report->imported) {
            out << (report->replaced.contains(name) ? Text::tr("Imported %1 (replaced)")
                                                    : Text::tr("Imported %1"))
                       .arg(name)
                << '\n';
        }
        for (const auto &skipped : report->skipped) {
            out << Text::tr("Skipped %1 (line %2): %3")
                       .arg(skipped.name)
                       .arg(skipped.line)
                       .arg(skipped.reason)
                << '\n';
        }
        out << Text::tr("%n value(s) imported, %1 skipped. %2 was not changed.", nullptr,
                        int(report->imported.size()))
                   .arg(report->skipped.size())
                   .arg(QDir::toNativeSeparators(args.at(1)))
            << '\n';
        return report->skipped.isEmpty() ? Success : Failure;
    }

    // resolve
    ProjectEnvironment::Snapshot snapshot;
    if (!environment.variables().isEmpty()) {
        auto loaded = await<ProjectEnvironment::Snapshot>(
            [&](auto done) { environment.loadSnapshot(done); });
        if (!loaded) {
            err << "berth-cli secrets resolve: " << loaded.error().message << '\n';
            return Failure;
        }
        snapshot = std::move(*loaded);
        for (const QString &name : std::as_const(snapshot.missing)) {
            err << Text::tr("warning: %1 is in the project environment but not in the "
                            "keychain; resolving without it.")
                       .arg(name)
                << '\n';
        }
    }
    const Secrets::ApprovedCommands approved(&settings, environment.projectId());
    Secrets::ResolveRequest request;
    request.projectFolder = project->rootPath();
    request.destination = destination;
    request.secretsPath = secretsPathOf(*project, destination);
    request.projectEnvironment = snapshot.values;
    request.plainNames = snapshot.plainNames;
    const bool allowAll = parser.isSet(allowCommandsOption);
    request.isApproved = [allowAll, &approved](const QString &command) {
        return allowAll || approved.isApproved(command);
    };
    const Secrets::SecretsResolution resolution = Secrets::resolveSecrets(request);

    QHash<QString, QString> redactable = resolution.values();
    for (auto it = snapshot.values.cbegin(); it != snapshot.values.cend(); ++it) {
        if (!snapshot.plainNames.contains(it.key()))
            redactable.insert(it.key(), it.value());
    }
    const Secrets::Redactor redactor(redactable);
    printDiagnostics(err, resolution.diagnostics, redactor);

    const bool show = parser.isSet(showOption);
    for (const Secrets::ResolvedSecret &secret : resolution.secrets) {
        if (show) {
            out << secret.name << '=' << secret.value << '\n';
            continue;
        }
        out << secret.name << '\t'
            << Text::tr("from %1:%2 (%3)")
                   .arg(QDir::toNativeSeparators(secret.file))
                   .arg(secret.line)
                   .arg(kindWord(secret.kind))
            << '\n';
    }
    for (const Secrets::UnresolvedSecret &u : resolution.unresolved) {
        QString why;
        if (u.commandFailed)
            why = Text::tr("a command failed (see above)");
        else if (!u.waitingForCommands.isEmpty())
            why = Text::tr("needs approval to run: %1")
                      .arg(QStringLiteral("$(") + u.waitingForCommands.join(QStringLiteral("), $("))
                           + QLatin1Char(')'));
        else
            why = Text::tr("waits for %1").arg(u.waitingForNames.join(QStringLiteral(", ")));
        out << redactor.redact(Text::tr("%1\tnot resolved (%2:%3): %4")
                                   .arg(u.name, QDir::toNativeSeparators(u.file))
                                   .arg(u.line)
                                   .arg(why))
            << '\n';
    }
    if (!resolution.pendingCommands.isEmpty() && !allowAll) {
        err << Text::tr("Approve these commands in Berth's Secrets page, or run again with "
                        "--allow-commands to run them once.")
            << '\n';
    }
    return resolution.isComplete() && !resolution.hasErrors() ? Success : Failure;
}

} // namespace Berth::Cli
