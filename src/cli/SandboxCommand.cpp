#include "cli/SandboxCommand.h"

#include "cli/Await.h"
#include "cli/CommandLine.h"
#include "cli/OperationCommand.h"
#include "cli/SharedSettings.h"
#include "engine/Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Berth::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BerthCli)
};

Result<Engine::SandboxProject> startSandbox(QTextStream &err)
{
    SharedSettings settings;
    Engine::Sandbox sandbox(&settings);
    return await<Engine::SandboxProject>([&sandbox, &err](auto done) {
        sandbox.start(
            [&err](const QString &line) {
                err << "sandbox: " << line << '\n';
                err.flush();
            },
            done);
    });
}

void printProject(const Engine::SandboxProject &project, QTextStream &out)
{
    out << Text::tr("Project:      %1").arg(QDir::toNativeSeparators(project.folder)) << '\n'
        << Text::tr("Destination:  %1").arg(project.destination) << '\n'
        << Text::tr("Known hosts:  %1").arg(QDir::toNativeSeparators(project.knownHostsFile))
        << '\n'
        << Text::tr("URL:          %1").arg(project.url) << '\n';
}

// testenv status / down, as root (pkexec when not).
int runScript(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString program = Engine::Sandbox::locateScript();
    QStringList arguments = args;
#ifdef Q_OS_UNIX
    if (geteuid() != 0) {
        arguments.prepend(program);
        program = QStringLiteral("pkexec");
    }
#endif
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        err << Text::tr("berth-cli: cannot run %1.").arg(program) << '\n';
        return Failure;
    }
    process.waitForFinished(-1);
    out << QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 ? Success
                                                                                   : Failure;
}

} // namespace

int runSandboxCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("The local sandbox: the demo project on servers that run on this machine "
                 "(Linux; the test environment of Berth's source, tests/env)."));
    parser.addHelpOption();
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       Text::tr("With down: really stop the sandbox servers."));
    parser.addOption(yesOption);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("up|deploy|status|down"));
    if (const auto done
        = parseArguments(parser, arguments, out, err, QStringLiteral("berth-cli sandbox: ")))
        return *done;
    const QString action = parser.positionalArguments().value(0);
    static const QStringList actions {QStringLiteral("up"), QStringLiteral("deploy"),
                                      QStringLiteral("status"), QStringLiteral("down")};
    if (!actions.contains(action)) {
        err << Text::tr("berth-cli sandbox: say up, deploy, status or down.") << '\n';
        return UsageError;
    }
    if (const QString reason = Engine::Sandbox::unavailableReason(); !reason.isEmpty()) {
        err << "berth-cli sandbox: " << reason << '\n';
        return Failure;
    }
    const QString folder = Engine::Sandbox::projectFolder();
    const QString knownHosts = Engine::Sandbox::dataFolder() + QStringLiteral("/ssh/known_hosts");
    if (action == QLatin1String("status")) {
        const int status = runScript({QStringLiteral("status")}, out, err);
        out << Text::tr("Sandbox project: %1")
                   .arg(QFileInfo::exists(folder) ? QDir::toNativeSeparators(folder)
                                                  : Text::tr("(not prepared yet)"))
            << '\n';
        return status;
    }
    if (action == QLatin1String("down")) {
        if (!parser.isSet(yesOption)) {
            err << Text::tr("berth-cli sandbox down stops every sandbox server (the whole test "
                            "environment, tests/env/testenv down). Add --yes to do it.")
                << '\n';
            return UsageError;
        }
        if (QFileInfo::exists(folder)) {
            // Best effort: the servers may already be gone.
            runOperationCommand({QStringLiteral("berth-cli"), QStringLiteral("remove"),
                                 QStringLiteral("--yes"), QStringLiteral("-C"), folder,
                                 QStringLiteral("-d"), QStringLiteral("sandbox"),
                                 QStringLiteral("--known-hosts"), knownHosts},
                                out, err);
        }
        return runScript({QStringLiteral("down")}, out, err);
    }

    const auto project = startSandbox(err);
    if (!project) {
        err << "berth-cli sandbox: " << project.error().message << '\n';
        if (!project.error().detail.isEmpty())
            err << project.error().detail << '\n';
        return Failure;
    }
    printProject(*project, out);
    out.flush();
    if (action == QLatin1String("up"))
        return Success;
    const int status = runOperationCommand(
        {QStringLiteral("berth-cli"), QStringLiteral("deploy"), QStringLiteral("-C"),
         project->folder, QStringLiteral("-d"), project->destination,
         QStringLiteral("--known-hosts"), project->knownHostsFile},
        out, err);
    if (status == Success)
        out << Text::tr("The demo answers at %1").arg(project->url) << '\n';
    return status;
}

} // namespace Berth::Cli
