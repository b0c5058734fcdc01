#include "cli/OperationCommand.h"

#include "cli/CommandLine.h"
#include "cli/ProjectSecrets.h"
#include "cli/SshCommand.h"
#include "core/Project.h"
#include "core/config/ConfigLoader.h"
#include "core/config/YamlEditor.h"
#include "core/kamal/InteractiveSsh.h"
#include "core/kamal/Simulation.h"
#include "core/kamal/commands/AccessoryCommands.h"
#include "core/kamal/commands/AppCommands.h"
#include "core/secrets/Redactor.h"
#include "core/secrets/SecretsResolver.h"
#include "engine/HostConnector.h"
#include "engine/Operation.h"
#include "engine/PlanRunner.h"
#include "engine/Recovery.h"
#include "engine/RunJournal.h"
#include "engine/ServerInspector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif
#include <csignal>

namespace Berth::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BerthCliOperation)
};

std::atomic_bool interrupted {false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

QString hostLabel(const QString &host)
{
    return host.isEmpty() ? QStringLiteral("local") : host;
}

// `plan … --simulate STATE.json`: each host's commands as Kamal's dumps show them, this
// computer ("local") first, then the hosts in order.
int printSimulation(QTextStream &out, QTextStream &err, const Kamal::Plan &plan,
                    const QString &stateFile, const Secrets::Redactor &redactor)
{
    QFile file(stateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        err << Text::tr("berth-cli: cannot read %1: %2")
                   .arg(QDir::toNativeSeparators(stateFile), file.errorString())
            << '\n';
        return UsageError;
    }
    auto servers = Kamal::SimulatedServers::fromJson(file.readAll());
    if (!servers) {
        err << "berth-cli: " << servers.error().message << '\n';
        return UsageError;
    }
    const QHash<QString, QStringList> lines = Kamal::simulate(plan, *servers);
    QStringList hosts = lines.keys();
    std::sort(hosts.begin(), hosts.end(), [](const QString &a, const QString &b) {
        const bool aLocal = a == QLatin1String("local");
        const bool bLocal = b == QLatin1String("local");
        return aLocal != bLocal ? aLocal : a < b;
    });
    for (const QString &host : std::as_const(hosts)) {
        for (const QString &line : lines.value(host)) {
            out << (line.startsWith(QLatin1String("    |"))
                        ? QString()
                        : QLatin1Char('[') + host + QStringLiteral("] "))
                << redactor.redact(line) << '\n';
        }
    }
    return Success;
}

void printPlan(QTextStream &out, const Kamal::Plan &plan, const Secrets::Redactor &redactor)
{
    int stageNumber = 0;
    for (const Kamal::PlanStage &stage : plan.stages) {
        ++stageNumber;
        for (const Kamal::PlanStep &step : stage.steps) {
            const QString policy = step.policy == Kamal::StepPolicy::AlwaysRun
                ? Text::tr(" (always runs)")
                : step.policy == Kamal::StepPolicy::Skippable ? Text::tr(" (may fail)")
                                                              : QString();
            out << stageNumber << ". [" << hostLabel(step.host) << "] " << step.title << policy
                << '\n';
            for (const Kamal::PlanAction &action : step.actions) {
                QString condition;
                if (!action.onlyIf.isEmpty())
                    condition = Text::tr("  (if %1 was found)").arg(action.onlyIf);
                else if (!action.unlessSet.isEmpty())
                    condition = Text::tr("  (unless %1 was found)").arg(action.unlessSet);
                if (action.berthOnly)
                    condition += Text::tr("  (Berth only: not in Kamal's sequence)");
                switch (action.kind) {
                case Kamal::PlanAction::Kind::Run:
                    out << "     $ " << redactor.redact(action.command.toString()) << condition
                        << '\n';
                    break;
                case Kamal::PlanAction::Kind::Upload:
                    out << "     "
                        << Text::tr("upload %1 (mode %2)")
                               .arg(action.path,
                                    action.mode.isEmpty() ? QStringLiteral("-") : action.mode)
                        << condition << '\n';
                    break;
                case Kamal::PlanAction::Kind::AwaitReady:
                    out << "     "
                        << Text::tr("wait until ready: %1").arg(action.command.toString()) << '\n';
                    break;
                case Kamal::PlanAction::Kind::Sleep:
                    out << "     " << Text::tr("wait %n second(s)", nullptr, action.seconds)
                        << '\n';
                    break;
                }
            }
        }
    }
}

// `berth-cli alias NAME [ARGS…]`: the alias's words from deploy.yml, then ARGS, run as if
// typed, with the same options (Kamal re-invokes itself the same way).
int runAlias(const QCommandLineParser &parser, const QStringList &words,
             const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString folder = parser.value(QStringLiteral("C"));
    auto project = Project::open(folder.isEmpty() ? QDir::currentPath() : folder);
    if (!project) {
        err << project.error().message << '\n';
        return UsageError;
    }
    const Config::LoadedConfig config = Config::loadConfig(
        Config::projectLoadOptions(project->configPath(), parser.value(QStringLiteral("d"))));
    const Config::YamlNodePtr alias = config.effective
        ? Config::YamlEditor::find(config.effective, QStringLiteral("aliases/") + words.at(1))
        : nullptr;
    if (!alias || !alias->isScalar()) {
        err << Text::tr("berth-cli: deploy.yml has no alias “%1”.").arg(words.at(1)) << '\n';
        return UsageError;
    }
    const auto expanded = Secrets::shellSplit(alias->scalar);
    if (!expanded || expanded->isEmpty()) {
        err << Text::tr("berth-cli: the alias “%1” cannot be read: %2")
                   .arg(words.at(1), alias->scalar)
            << '\n';
        return UsageError;
    }
    // The options given on the command line come along; the words are replaced.
    QStringList rerun {arguments.constFirst()};
    rerun += *expanded;
    rerun += words.mid(2);
    static const QStringList takeValues {QStringLiteral("-C"),
                                         QStringLiteral("-d"),
                                         QStringLiteral("--project"),
                                         QStringLiteral("--destination"),
                                         QStringLiteral("--known-hosts"),
                                         QStringLiteral("--version")};
    const QStringList options = arguments.mid(1);
    for (qsizetype i = 0; i < options.size(); ++i) {
        const bool isOption = options.at(i).startsWith(QLatin1Char('-'));
        const bool isValue = i > 0 && takeValues.contains(options.at(i - 1));
        if (isOption || isValue)
            rerun.append(options.at(i));
    }
    err << Text::tr("Alias %1: %2").arg(words.at(1), alias->scalar) << '\n';
    return runOperationCommand(rerun, out, err);
}

// `lock status` as Kamal answers it: the decoded details, or "There is no deploy lock" when
// the lock directory does not exist; anything else (no permission, no shell) is an error.
int printLockStatus(QTextStream &out, QTextStream &err, const QStringList &lines)
{
    const bool missing = std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.contains(QLatin1String("No such file or directory"));
    });
    if (missing) {
        out << Text::tr("There is no deploy lock") << '\n';
        return Success;
    }
    const bool locked = std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(QLatin1String("Locked by:"));
    });
    for (const QString &line : lines)
        (locked ? out : err) << line << '\n';
    return locked ? Success : Failure;
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

// An interactive exec: the user's OpenSSH with a terminal, on the primary host (Kamal's
// command line), attached to this terminal.
int runInteractive(const std::shared_ptr<const Kamal::KamalConfig> &config,
                   const Engine::OperationRequest &request, const QString &knownHosts,
                   const Secrets::Redactor &redactor, QTextStream &err)
{
    Engine::HostKeyPolicy policy;
    policy.knownHostsFile = knownHosts;
    policy.secrets = request.secrets;
    policy.passphrases = keyPassphrases();
    const auto interactive = Engine::interactiveExec(config, request, policy, stdinIsTerminal());
    if (!interactive) {
        err << QStringLiteral("berth-cli: ") << redactor.redact(interactive.error().message)
            << '\n';
        return interactive.error().code == QLatin1String("operation.no-accessory") ? UsageError
                                                                                   : Failure;
    }
    const Kamal::InteractiveSsh &ssh = *interactive;
    const QStringList &arguments = ssh.arguments;
    err << redactor.redact(ssh.commandLine) << '\n';
    err.flush();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(QStringLiteral("ssh"), arguments);
    if (!process.waitForStarted(10000)) {
        err << Text::tr("berth-cli: OpenSSH (ssh) could not be started: %1")
                   .arg(process.errorString())
            << '\n';
        return Failure;
    }
    process.waitForFinished(-1); // the user's session: as long as they like
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : Failure;
}

// How a prepared plan is run: where, with which host keys, and the journal's words.
struct RunSettings
{
    QString projectRoot;
    QString destination;
    QString knownHosts;
    bool acceptNew = false;
    std::optional<int> inactivityTimeoutSeconds;
    QHash<QString, QString> secrets;
    Secrets::Redactor redactor;
    QString journalWords; // empty: not journaled (exec, views)
    QString journalVersion;
    // A view (details, logs, lock status): only what the servers answer, `[host] line`.
    bool readOnly = false;
    bool lockStatus = false; // prints the lock's own lines, as Kamal does
};

// Runs `prepared` with its progress on `out` (failures on `err`); the exit code.
int runPrepared(const Engine::PreparedOperation &prepared, const RunSettings &settings,
                QTextStream &out, QTextStream &err)
{
    const Secrets::Redactor &redactor = settings.redactor;
    // Run. Host keys: never accepted silently; changed ones never.
    const auto config = prepared.config;
    Engine::PlanRunner::Options options;
    options.projectRoot = settings.projectRoot;
    options.redactor = redactor;
    if (settings.inactivityTimeoutSeconds)
        options.inactivityTimeoutSeconds = *settings.inactivityTimeoutSeconds;
    Engine::HostKeyPolicy policy;
    policy.knownHostsFile = settings.knownHosts;
    policy.acceptAnyNew = settings.acceptNew;
    policy.secrets = settings.secrets;
    policy.passphrases = keyPassphrases();
    options.connect = Engine::makeConnector(config, policy);

    if (!settings.journalWords.isEmpty()) {
        Engine::RunJournal::Header header;
        header.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        header.projectRoot = settings.projectRoot;
        header.destination = settings.destination;
        header.operation = settings.journalWords;
        header.version = settings.journalVersion;
        header.lockDetails = prepared.lockDetails;
        header.hosts = prepared.plan.hosts();
        header.startedAt = QDateTime::currentDateTimeUtc();
        auto journal = Engine::RunJournal::create(header);
        if (!journal) {
            err << journal.error().message << '\n';
            return Failure;
        }
        options.journal = *journal;
    }
    const bool readOnly = settings.readOnly;
    Engine::PlanRunner runner(options);
    QEventLoop loop;
    QHash<QString, QString> titles;
    QObject::connect(&runner, &Engine::PlanRunner::stepStarted, &loop,
                     [&](const QString &host, const QString &stepId, const QString &title) {
                         titles.insert(host + QLatin1Char('\n') + stepId, title);
                         if (readOnly)
                             return; // a view shows only what the servers answer
                         out << '[' << hostLabel(host) << "] ▶ " << title << '\n';
                         out.flush();
                     });
    // Output arrives in chunks that may end mid-line: a host's unfinished line waits for the
    // rest (or for its step's end), so every printed line is whole and prefixed once.
    QHash<QString, QString> partialLines;
    // A view prints `[host] line` (Kamal's "App Host: …" blocks, one prefix per line); lock
    // status prints the lock's own lines, as Kamal does.
    const bool lockStatus = settings.lockStatus;
    QStringList lockLines;
    const auto printLines = [&](const QString &host, const QString &text, bool all) {
        QString &pending = partialLines[host];
        pending += text;
        const qsizetype end = all ? pending.size() : pending.lastIndexOf(QLatin1Char('\n')) + 1;
        const QStringList lines = pending.left(end).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        pending.remove(0, end);
        for (const QString &line : lines) {
            if (lockStatus)
                lockLines.append(line);
            else
                out << '[' << hostLabel(host) << (readOnly ? "] " : "]   ") << line << '\n';
        }
        out.flush();
    };
    QObject::connect(&runner, &Engine::PlanRunner::output, &loop,
                     [&](const QString &host, const QString &, const QString &text) {
                         // The runner echoes each command as its own "$ …" line first.
                         if (readOnly && partialLines.value(host).isEmpty()
                             && text.startsWith(QLatin1String("$ ")) && text.endsWith(u'\n')
                             && text.count(u'\n') == 1)
                             return;
                         printLines(host, text, false);
                     });
    QObject::connect(
        &runner, &Engine::PlanRunner::stepFinished, &loop,
        [&](const QString &host, const QString &stepId, Engine::PlanRunner::Outcome outcome,
            const QString &message, qint64 ms) {
            printLines(host, QString(), true);
            const QString title = titles.value(host + QLatin1Char('\n') + stepId, stepId);
            switch (outcome) {
            case Engine::PlanRunner::Outcome::Success:
                if (readOnly)
                    break;
                out << '[' << hostLabel(host) << "] ✓ " << title
                    << QStringLiteral(" (%1 s)").arg(double(ms) / 1000.0, 0, 'f', 1) << '\n';
                break;
            case Engine::PlanRunner::Outcome::Failed:
                err << '[' << hostLabel(host) << "] ✗ " << title << ": " << message << '\n';
                break;
            case Engine::PlanRunner::Outcome::Skipped:
                if (!message.isEmpty())
                    err << '[' << hostLabel(host) << "] – " << title << ": " << message << '\n';
                break;
            case Engine::PlanRunner::Outcome::Cancelled:
                out << '[' << hostLabel(host) << "] ⊘ " << title << Text::tr(" (cancelled)")
                    << '\n';
                break;
            }
            out.flush();
            err.flush();
        });
    Engine::PlanRunner::Outcome result = Engine::PlanRunner::Outcome::Failed;
    QObject::connect(&runner, &Engine::PlanRunner::finished, &loop,
                     [&](Engine::PlanRunner::Outcome outcome, const QString &summary) {
                         result = outcome;
                         if (!readOnly || outcome != Engine::PlanRunner::Outcome::Success)
                             (outcome == Engine::PlanRunner::Outcome::Success ? out : err)
                                 << summary << '\n';
                         loop.quit();
                     });
    // Ctrl+C asks the run to stop; the lock release still runs.
    interrupted.store(false);
    const auto previous = std::signal(SIGINT, onInterrupt);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&runner] {
        if (interrupted.exchange(false))
            runner.cancel();
    });
    poll.start(100);
    QElapsedTimer timer;
    timer.start();
    runner.start(prepared.plan);
    loop.exec();
    runner.wait();
    std::signal(SIGINT, previous);
    if (lockStatus && result == Engine::PlanRunner::Outcome::Success)
        return printLockStatus(out, err, lockLines);
    if (readOnly)
        return result == Engine::PlanRunner::Outcome::Success  ? Success
            : result == Engine::PlanRunner::Outcome::Cancelled ? Cancelled
                                                               : Failure;
    const QString took = QString::number(double(timer.elapsed()) / 1000.0, 'f', 1);
    out << (prepared.version.isEmpty() ? Text::tr("%1 s.").arg(took)
                                       : Text::tr("Version %1, %2 s.").arg(prepared.version, took))
        << '\n';
    return result == Engine::PlanRunner::Outcome::Success  ? Success
        : result == Engine::PlanRunner::Outcome::Cancelled ? Cancelled
                                                           : Failure;
}

// Recovery by settling on one version already on the servers (finish on live, roll back): the
// settle plan of `choice`, journaled as a rollback to that version (what a resume of it runs).
int settleRun(const Project &project, const Engine::RunJournal::Record &run,
              const Engine::RecoveryChoice &choice, bool ownLock, const QString &knownHosts,
              const QString &outcome, QTextStream &out, QTextStream &err)
{
    const auto secrets = resolveProjectSecrets(project, run.header.destination, false,
                                               QStringLiteral("berth-cli"), err);
    if (!secrets)
        return Failure;
    Engine::OperationRequest request;
    request.projectRoot = project.rootPath();
    request.destination = run.header.destination;
    request.kind = Engine::OperationKind::Recover;
    request.argument = choice.version;
    request.hosts = choice.bootHosts;
    request.releaseOwnLock = ownLock;
    request.projectVariables = secrets->variables;
    request.secrets = secrets->secrets;
    const auto prepared = Engine::prepareOperation(request);
    if (!prepared) {
        err << secrets->redactor.redact(prepared.error().message) << '\n';
        return Failure;
    }
    RunSettings settings;
    settings.projectRoot = project.rootPath();
    settings.destination = run.header.destination;
    settings.knownHosts = knownHosts;
    settings.secrets = request.secrets;
    settings.redactor = secrets->redactor;
    settings.journalWords = QStringLiteral("rollback ") + choice.version;
    settings.journalVersion = choice.version;
    const int result = runPrepared(*prepared, settings, out, err);
    if (result == Success)
        (void)Engine::RunJournal::close(run.path, outcome);
    return result;
}

} // namespace

int runOperationCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Runs a Kamal operation on the servers, as the kamal command would."));
    parser.addHelpOption();
    const QCommandLineOption projectOption = CommonOptions::project();
    const QCommandLineOption destinationOption = CommonOptions::destination();
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           Text::tr("The version to deploy (default: git HEAD)."),
                                           QStringLiteral("version"));
    const QCommandLineOption skipPushOption({QStringLiteral("P"), QStringLiteral("skip-push")},
                                            Text::tr("Deploy an image already in the registry."));
    const QCommandLineOption messageOption({QStringLiteral("m"), QStringLiteral("message")},
                                           Text::tr("lock acquire: why the lock is taken."),
                                           QStringLiteral("message"));
    const QCommandLineOption allowCommandsOption(
        QStringLiteral("allow-commands"),
        Text::tr("Run every $(…) command of the secrets files, approved or not."));
    const QCommandLineOption acceptKeysOption(
        QStringLiteral("accept-new-host-keys"),
        Text::tr("Trust servers whose keys are not in known_hosts yet (never changed ones)."));
    const QCommandLineOption knownHostsOption = CommonOptions::knownHosts();
    const QCommandLineOption reuseOption(QStringLiteral("reuse"),
                                         Text::tr("exec: in the running container."));
    const QCommandLineOption interactiveOption(
        {QStringLiteral("i"), QStringLiteral("interactive")},
        Text::tr("exec: with a terminal, through your OpenSSH (on the primary host)."));
    const QCommandLineOption inactivityOption(
        QStringLiteral("inactivity-timeout"),
        Text::tr("A remote command that prints nothing for this many seconds counts as a lost "
                 "connection (default 300)."),
        QStringLiteral("seconds"));
    const QCommandLineOption yesOption(
        {QStringLiteral("y"), QStringLiteral("yes")},
        Text::tr("remove, app remove, accessory remove, proxy reboot: go ahead without asking."));
    const QCommandLineOption rolesOption({QStringLiteral("r"), QStringLiteral("roles")},
                                         Text::tr("app exec: only on the hosts of this role."),
                                         QStringLiteral("role"));
    const QCommandLineOption hostsOption(
        QStringLiteral("hosts"),
        Text::tr("app exec: only on these hosts (comma separated, hosts of deploy.yml)."),
        QStringLiteral("hosts"));
    const QCommandLineOption simulateOption(
        QStringLiteral("simulate"),
        Text::tr("plan: run the plan against servers described in a JSON file instead of "
                 "listing its steps, and print each host's commands (docs/simulation.md)."),
        QStringLiteral("state.json"));
    const QCommandLineOption linesOption({QStringLiteral("n"), QStringLiteral("lines")},
                                         Text::tr("logs: this many lines from each server "
                                                  "(default 100; 10 when following)."),
                                         QStringLiteral("lines"));
    const QCommandLineOption sinceOption(
        {QStringLiteral("s"), QStringLiteral("since")},
        Text::tr("logs: since a time (2026-01-02T13:23:37Z) or for a while (42m)."),
        QStringLiteral("since"));
    const QCommandLineOption grepOption({QStringLiteral("g"), QStringLiteral("grep")},
                                        Text::tr("logs: only lines matching this."),
                                        QStringLiteral("pattern"));
    const QCommandLineOption followOption(
        {QStringLiteral("f"), QStringLiteral("follow")},
        Text::tr("logs: follow on the primary host until Ctrl+C."));
    const QCommandLineOption forceOption(
        QStringLiteral("force"),
        Text::tr("proxy remove: even when other apps on the servers use kamal-proxy."));
    for (const auto &option :
         {projectOption, destinationOption,   versionOption,    skipPushOption,
          messageOption, allowCommandsOption, acceptKeysOption, knownHostsOption,
          reuseOption,   interactiveOption,   inactivityOption, yesOption,
          rolesOption,   hostsOption,         simulateOption,   linesOption,
          sinceOption,   grepOption,          followOption,     forceOption})
        parser.addOption(option);
    parser.addPositionalArgument(
        QStringLiteral("operation"),
        Text::tr("setup | deploy | redeploy | rollback VERSION | app "
                 "boot|stop|start|remove|details|containers|images|logs|maintenance|live | "
                 "accessory boot|reboot|remove|details|start|stop [NAME|all] | accessory logs "
                 "NAME | proxy boot|reboot|details|logs|remove | prune | remove | lock "
                 "acquire|release|status"));
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;

    // `plan deploy …` prints; the other words run.
    QStringList words = parser.positionalArguments();
    const bool planOnly = !words.isEmpty() && words.constFirst() == QLatin1String("plan");
    if (planOnly)
        words.removeFirst();
    Engine::OperationRequest request;
    const QString first = words.value(0);
    const QString second = words.value(1);
    const auto usage = [&err] {
        err << Text::tr("berth-cli: say which operation: setup, deploy, redeploy, rollback "
                        "VERSION, app boot|stop|start|remove|details|containers|images|logs|"
                        "maintenance|live, accessory boot|reboot|remove|details|start|stop "
                        "[NAME|all], accessory logs NAME, proxy boot|reboot|details|logs|remove, "
                        "prune, remove, lock acquire|release|status.")
            << '\n';
        return UsageError;
    };
    if (first == QLatin1String("deploy") && words.size() == 1)
        request.kind = Engine::OperationKind::Deploy;
    else if (first == QLatin1String("rollback") && words.size() == 2)
        request.kind = Engine::OperationKind::Rollback, request.argument = second;
    else if (first == QLatin1String("app") && words.size() == 2 && second == QLatin1String("boot"))
        request.kind = Engine::OperationKind::AppBoot;
    else if (first == QLatin1String("app") && words.size() == 2 && second == QLatin1String("stop"))
        request.kind = Engine::OperationKind::AppStop;
    else if (first == QLatin1String("app") && words.size() == 2 && second == QLatin1String("start"))
        request.kind = Engine::OperationKind::AppStart;
    else if (first == QLatin1String("app") && second == QLatin1String("exec") && words.size() >= 3)
        request.kind = Engine::OperationKind::AppExec,
        request.command = words.mid(2).join(QLatin1Char(' '));
    else if (first == QLatin1String("accessory") && second == QLatin1String("exec")
             && words.size() >= 4)
        request.kind = Engine::OperationKind::AccessoryExec, request.argument = words.value(2),
        request.command = words.mid(3).join(QLatin1Char(' '));
    else if (first == QLatin1String("alias") && words.size() >= 2)
        return runAlias(parser, words, arguments, out, err);
    else if (first == QLatin1String("accessory") && second == QLatin1String("boot")
             && words.size() <= 3)
        request.kind = Engine::OperationKind::AccessoryBoot, request.argument = words.value(2);
    else if (first == QLatin1String("prune") && words.size() == 1)
        request.kind = Engine::OperationKind::Prune;
    else if (first == QLatin1String("lock") && second == QLatin1String("acquire")
             && words.size() == 2) {
        if (!parser.isSet(messageOption)) {
            err << Text::tr("berth-cli lock acquire: say why with -m MESSAGE.") << '\n';
            return UsageError;
        }
        request.kind = Engine::OperationKind::LockAcquire;
        request.argument = parser.value(messageOption);
    } else if (first == QLatin1String("lock") && second == QLatin1String("release")
               && words.size() == 2)
        request.kind = Engine::OperationKind::LockRelease;
    else if (first == QLatin1String("setup") && words.size() == 1)
        request.kind = Engine::OperationKind::Setup;
    else if (first == QLatin1String("redeploy") && words.size() == 1)
        request.kind = Engine::OperationKind::Redeploy;
    else if (first == QLatin1String("remove") && words.size() == 1)
        request.kind = Engine::OperationKind::Remove;
    else if (first == QLatin1String("app") && second == QLatin1String("remove")
             && words.size() == 2)
        request.kind = Engine::OperationKind::AppRemove;
    else if (first == QLatin1String("accessory") && second == QLatin1String("reboot")
             && words.size() <= 3)
        request.kind = Engine::OperationKind::AccessoryReboot, request.argument = words.value(2);
    else if (first == QLatin1String("accessory") && second == QLatin1String("remove")
             && words.size() <= 3)
        request.kind = Engine::OperationKind::AccessoryRemove, request.argument = words.value(2);
    else if (first == QLatin1String("proxy") && second == QLatin1String("boot")
             && words.size() == 2)
        request.kind = Engine::OperationKind::ProxyBoot;
    else if (first == QLatin1String("proxy") && second == QLatin1String("reboot")
             && words.size() == 2)
        request.kind = Engine::OperationKind::ProxyReboot;
    else if (const auto view = Engine::requestFromWords(words))
        request.kind = view->kind, request.argument = view->argument;
    else
        return usage();
    // Kamal's `accessory … all` is every accessory (Berth's empty name).
    if (words.value(0) == QLatin1String("accessory") && request.argument == QLatin1String("all"))
        request.argument.clear();
    if (request.kind == Engine::OperationKind::AppLogs
        || request.kind == Engine::OperationKind::AccessoryLogs
        || request.kind == Engine::OperationKind::ProxyLogs) {
        request.logs.follow = parser.isSet(followOption);
        request.logs.since = parser.value(sinceOption);
        request.logs.grep = parser.value(grepOption);
        if (parser.isSet(linesOption)) {
            bool ok = false;
            const int lines = parser.value(linesOption).toInt(&ok);
            if (!ok || lines < 0) {
                err << Text::tr("berth-cli: --lines needs a whole number.") << '\n';
                return UsageError;
            }
            request.logs.lines = lines;
        }
    }
    request.force = parser.isSet(forceOption);
    // What deletes data or interrupts traffic is confirmed, as Kamal asks "Are you sure?".
    const bool destructive = request.kind == Engine::OperationKind::Remove
        || request.kind == Engine::OperationKind::AppRemove
        || request.kind == Engine::OperationKind::AccessoryRemove
        || request.kind == Engine::OperationKind::ProxyReboot
        || request.kind == Engine::OperationKind::ProxyRemove;
    if (destructive && !planOnly && !parser.isSet(yesOption)) {
        err << Text::tr("berth-cli %1: this removes or restarts things on the servers (see "
                        "berth-cli plan %1). Run it again with --yes to go ahead.")
                   .arg(words.join(QLatin1Char(' ')))
            << '\n';
        return UsageError;
    }

    auto project = Project::open(parser.value(projectOption));
    if (!project) {
        err << project.error().message << '\n';
        return UsageError;
    }
    const QString destination = parser.value(destinationOption);
    if (!destination.isEmpty() && !project->destinations().contains(destination)) {
        err << Text::tr("berth-cli: there is no destination “%1” (no config/deploy.%1.yml).")
                   .arg(destination)
            << '\n';
        return UsageError;
    }

    // Secrets: the project environment from the keychain (when one works), then
    // .kamal/secrets resolved as Kamal does.
    const auto secrets = resolveProjectSecrets(
        *project, destination, parser.isSet(allowCommandsOption), QStringLiteral("berth-cli"), err);
    if (!secrets)
        return Failure;
    const Secrets::Redactor &redactor = secrets->redactor;

    request.projectRoot = project->rootPath();
    request.destination = destination;
    request.version = parser.value(versionOption);
    request.skipPush = parser.isSet(skipPushOption);
    request.reuse = parser.isSet(reuseOption);
    request.role = parser.value(rolesOption);
    request.hosts = Engine::splitHosts(parser.value(hostsOption));
    if (parser.isSet(hostsOption)
        && (request.kind != Engine::OperationKind::AppExec || request.hosts.isEmpty())) {
        err << Text::tr("berth-cli: --hosts takes a comma separated list of hosts, for app exec.")
            << '\n';
        return UsageError;
    }
    request.projectVariables = secrets->variables;
    request.secrets = secrets->secrets;
    const auto prepared = Engine::prepareOperation(request);
    if (!prepared) {
        err << redactor.redact(prepared.error().message) << '\n';
        return Failure;
    }
    for (const Config::Diagnostic &warning : prepared->warnings)
        err << Text::tr("warning: %1").arg(redactor.redact(warning.message)) << '\n';
    if (planOnly && parser.isSet(simulateOption))
        return printSimulation(out, err, prepared->plan, parser.value(simulateOption), redactor);
    if (planOnly) {
        printPlan(out, prepared->plan, redactor);
        return Success;
    }
    if (parser.isSet(interactiveOption)
        && (request.kind == Engine::OperationKind::AppExec
            || request.kind == Engine::OperationKind::AccessoryExec))
        return runInteractive(prepared->config, request, parser.value(knownHostsOption), redactor,
                              err);

    RunSettings settings;
    settings.projectRoot = project->rootPath();
    settings.destination = destination;
    settings.knownHosts = parser.value(knownHostsOption);
    settings.acceptNew = parser.isSet(acceptKeysOption);
    settings.secrets = request.secrets;
    settings.redactor = redactor;
    if (parser.isSet(inactivityOption)) {
        bool ok = false;
        const int seconds = parser.value(inactivityOption).toInt(&ok);
        if (!ok || seconds < 1) {
            err << Text::tr("berth-cli: --inactivity-timeout needs a whole number of seconds, "
                            "at least 1.")
                << '\n';
            return UsageError;
        }
        settings.inactivityTimeoutSeconds = seconds;
    } else if (request.logs.follow) {
        settings.inactivityTimeoutSeconds = 0; // a quiet log is no lost connection
    }
    // Every run that changes servers is journaled first: if this process dies, `berth-cli
    // recover` knows where it stopped.
    const bool readOnly = Engine::isReadOnly(request.kind);
    if (request.kind != Engine::OperationKind::AppExec
        && request.kind != Engine::OperationKind::AccessoryExec && !readOnly) {
        // The words to run it again with (recover --resume), a skipped build included.
        settings.journalWords = words.join(QLatin1Char(' '))
            + (request.skipPush ? QStringLiteral(" --skip-push") : QString());
        settings.journalVersion = request.kind == Engine::OperationKind::Rollback
            ? request.argument
            : prepared->version;
    }
    settings.readOnly = readOnly;
    settings.lockStatus = request.kind == Engine::OperationKind::LockStatus;
    return runPrepared(*prepared, settings, out, err);
}

int runRecoverCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Finds a run that was interrupted (Berth killed, the computer asleep), shows "
                 "where it stopped and what the servers run, and finishes it safely."));
    parser.addHelpOption();
    const QCommandLineOption projectOption = CommonOptions::project();
    const QCommandLineOption resumeOption(
        QStringLiteral("resume"),
        Text::tr("Release the run's own lock, then run the same operation again to the end."));
    const QCommandLineOption releaseOption(QStringLiteral("release-lock"),
                                           Text::tr("Only release the run's own deploy lock."));
    const QCommandLineOption finishLiveOption(
        QStringLiteral("finish-live"),
        Text::tr("Bring every host to the version kamal-proxy serves now, and release the lock."));
    const QCommandLineOption rollbackOption(
        QStringLiteral("rollback"),
        Text::tr("Bring every host back to the version that was live before the run."));
    const QCommandLineOption forgetOption(QStringLiteral("forget"),
                                          Text::tr("Mark the run as dealt with; change nothing."));
    const QCommandLineOption knownHostsOption = CommonOptions::knownHosts();
    for (const auto &option : {projectOption, resumeOption, releaseOption, finishLiveOption,
                               rollbackOption, forgetOption, knownHostsOption})
        parser.addOption(option);
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    auto project = Project::open(parser.value(projectOption));
    if (!project) {
        err << project.error().message << '\n';
        return UsageError;
    }
    const QList<Engine::RunJournal::Record> runs
        = Engine::RunJournal::interrupted(project->rootPath());
    if (runs.isEmpty()) {
        out << Text::tr("No interrupted run for %1.")
                   .arg(QDir::toNativeSeparators(project->rootPath()))
            << '\n';
        return Success;
    }
    const Engine::RunJournal::Record &run = runs.constFirst();
    out << Text::tr("Interrupted: berth-cli %1 (version %2), started %3.")
               .arg(run.header.operation, run.header.version,
                    QLocale().toString(run.header.startedAt.toLocalTime(), QLocale::ShortFormat))
        << '\n';
    for (auto it = run.hosts.cbegin(); it != run.hosts.cend(); ++it) {
        out << "  [" << (it.key().isEmpty() ? QStringLiteral("local") : it.key()) << "] "
            << (it->ended ? Text::tr("last step: %1 (%2)").arg(it->lastTitle, it->outcome)
                          : Text::tr("stopped during: %1").arg(it->lastTitle))
            << '\n';
    }

    // What the servers say now: the live versions and whose lock it is.
    Engine::HostKeyPolicy policy;
    policy.knownHostsFile = parser.value(knownHostsOption);
    policy.passphrases = keyPassphrases();
    const auto inspected = Engine::inspectForRecovery(run, policy);
    if (!inspected) {
        err << inspected.error().message << '\n';
        return Failure;
    }
    const QList<Engine::HostSnapshot> &snapshots = inspected->snapshots;
    for (const Engine::HostSnapshot &snapshot : std::as_const(snapshots)) {
        if (!snapshot.error.isEmpty()) {
            out << "  [" << snapshot.host << "] " << snapshot.error << '\n';
            continue;
        }
        QStringList live;
        for (const Engine::ContainerInfo &container : snapshot.containers) {
            if (container.kind == Engine::ContainerInfo::Kind::App && container.isRunning())
                live.append(QStringLiteral("%1 %2").arg(container.role, container.version));
        }
        QStringList routed;
        for (auto it = snapshot.routed.cbegin(); it != snapshot.routed.cend(); ++it)
            routed.append(QStringLiteral("%1 %2").arg(it.key(), it.value()));
        out << "  [" << snapshot.host << "] "
            << Text::tr("running: %1; kamal-proxy serves: %2")
                   .arg(live.isEmpty() ? Text::tr("no app container")
                                       : live.join(QStringLiteral(", ")),
                        routed.isEmpty() ? Text::tr("nothing") : routed.join(QStringLiteral(", ")))
            << '\n';
    }
    const Engine::RecoveryAssessment &assessment = inspected->assessment;
    const bool ourLock = assessment.ownLock;
    out << (ourLock ? Text::tr("The deploy lock is still held by this run.")
                : assessment.otherLock.isEmpty()
                ? Text::tr("No deploy lock is held.")
                : Text::tr("Someone else holds the deploy lock:\n%1").arg(assessment.otherLock))
        << '\n';
    // Each way out that settles on one version, with what it does per host (or why not).
    const auto printChoice = [&out](const QString &option, const QString &what,
                                    const Engine::RecoveryChoice &choice) {
        if (!choice.possible) {
            out << Text::tr("%1 (%2): not possible. %3").arg(option, what, choice.refusal) << '\n';
            return;
        }
        out << Text::tr("%1 (%2, version %3):").arg(option, what, choice.version) << '\n';
        for (const auto &[host, steps] : choice.perHost)
            out << "  [" << host << "] " << steps << '\n';
    };
    printChoice(QStringLiteral("--finish-live"), Text::tr("finish on the live version"),
                assessment.finishLive);
    printChoice(QStringLiteral("--rollback"), Text::tr("roll back"), assessment.rollback);
    if (!assessment.previousVersion.isEmpty())
        out << Text::tr("Live before the run: %1 (%2).")
                   .arg(assessment.previousVersion, assessment.previousReason)
            << '\n';

    const QString root = project->rootPath();
    QStringList common {QStringLiteral("-C"), root};
    if (!run.header.destination.isEmpty())
        common += {QStringLiteral("-d"), run.header.destination};
    if (parser.isSet(knownHostsOption))
        common += {QStringLiteral("--known-hosts"), parser.value(knownHostsOption)};
    if (parser.isSet(forgetOption))
        return Engine::RunJournal::close(run.path, QStringLiteral("forgotten")) ? Success : Failure;
    const bool finishLive = parser.isSet(finishLiveOption);
    const bool rollback = parser.isSet(rollbackOption);
    if (int(parser.isSet(resumeOption)) + int(parser.isSet(releaseOption)) + int(finishLive)
            + int(rollback)
        > 1) {
        err << Text::tr("berth-cli recover: choose one of --resume, --finish-live, --rollback and "
                        "--release-lock.")
            << '\n';
        return UsageError;
    }
    if (!parser.isSet(resumeOption) && !parser.isSet(releaseOption) && !finishLive && !rollback) {
        out << Text::tr("Choose: --resume (release this run's lock and run “%1” again to the end), "
                        "--finish-live, --rollback (as above), --release-lock (only release this "
                        "run's lock), or --forget.")
                   .arg(run.header.operation)
            << '\n';
        return Failure;
    }
    if (finishLive || rollback) {
        const Engine::RecoveryChoice &choice
            = finishLive ? assessment.finishLive : assessment.rollback;
        if (!choice.possible) {
            err << Text::tr("berth-cli recover: %1").arg(choice.refusal) << '\n';
            return Failure;
        }
        return settleRun(*project, run, choice, ourLock, parser.value(knownHostsOption),
                         finishLive ? QStringLiteral("finished on live")
                                    : QStringLiteral("rolled back"),
                         out, err);
    }
    if (ourLock) {
        const int released
            = runOperationCommand(QStringList {QStringLiteral("berth-cli"), QStringLiteral("lock"),
                                               QStringLiteral("release")}
                                      + common,
                                  out, err);
        if (released != Success)
            return released;
    }
    if (parser.isSet(releaseOption)) {
        (void)Engine::RunJournal::close(run.path, QStringLiteral("lock released"));
        return Success;
    }
    // Run it again: an image already built is deployed as it is (no second build).
    QStringList again {QStringLiteral("berth-cli")};
    again += run.header.operation.split(QLatin1Char(' '));
    if (again.value(1) == QLatin1String("deploy")) {
        again += {QStringLiteral("--version"), run.header.version};
        const bool built = std::any_of(
            run.completedSteps.cbegin(), run.completedSteps.cend(),
            [](const QString &step) { return step.endsWith(QLatin1String("\nbuild")); });
        if (built && !again.contains(QStringLiteral("--skip-push")))
            again.append(QStringLiteral("--skip-push"));
    }
    again += common;
    const int result = runOperationCommand(again, out, err);
    if (result == Success)
        (void)Engine::RunJournal::close(run.path, QStringLiteral("resumed"));
    return result;
}

} // namespace Berth::Cli
