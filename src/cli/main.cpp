// berth-cli: the headless front end over the same engine, for CI and scripts.
#include "cli/BackupsCommand.h"
#include "cli/ConfigCommand.h"
#include "cli/HistoryCommand.h"
#include "cli/OperationCommand.h"
#include "cli/ReleasesCommand.h"
#include "cli/SandboxCommand.h"
#include "cli/SecretsCommand.h"
#include "cli/SshCommand.h"
#include "core/BerthVersion.h"
#include "core/BuildInfo.h"
#include "core/Project.h"
#include "core/Translations.h"
#include "engine/ComponentVersions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace Berth;

namespace {

// Exit codes, stable for scripts.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Gives the free functions below a translation context.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(BerthCli)
};

int printVersion(QTextStream &out, bool verbose)
{
    out << BuildInfo::versionLine() << '\n';
    if (verbose) {
        const auto components = componentVersions();
        for (const ComponentVersion &component : components)
            out << "  " << component.name << ' ' << component.version << '\n';
    }
    return Success;
}

int printProjectInfo(QTextStream &out, QTextStream &err, const QString &folder)
{
    const auto project = Project::open(folder);
    if (!project) {
        err << CliText::tr("berth-cli: %1").arg(project.error().message) << '\n';
        return Failure;
    }
    out << CliText::tr("Project:      %1").arg(project->displayName()) << '\n'
        << CliText::tr("Folder:       %1").arg(QDir::toNativeSeparators(project->rootPath()))
        << '\n'
        << CliText::tr("Config:       %1").arg(QDir::toNativeSeparators(project->configPath()))
        << '\n'
        << CliText::tr("Destinations: %1")
               .arg(project->destinations().isEmpty()
                        ? CliText::tr("(none)")
                        : project->destinations().join(QStringLiteral(", ")))
        << '\n'
        << CliText::tr("Secrets:      %1")
               .arg(project->secretsFiles().isEmpty()
                        ? CliText::tr("(none)")
                        : project->secretsFiles().join(QStringLiteral(", ")))
        << '\n';
    return Success;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("berth-cli"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());
    QCoreApplication::setOrganizationName(QStringLiteral(BERTH_ORGANIZATION_NAME));
    QCoreApplication::setOrganizationDomain(QStringLiteral(BERTH_ORGANIZATION_DOMAIN));
    Translations::install(app);

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Berth's command line: the same engine as the desktop "
                    "app, for CI and scripts."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           CliText::tr("Print the version and exit."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), CliText::tr("With --version: also the library versions."));
    parser.addOption(versionOption);
    parser.addOption(verboseOption);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        CliText::tr(
            "info [PROJECT]   Show what Berth finds in a Kamal project folder (default: "
            "the current folder).\nconfig check|get|set|show   Check, read and edit "
            "config/deploy.yml (berth-cli config --help).\nsecrets "
            "list|get|set|unset|import|resolve|exec   "
            "The project environment in the keychain and .kamal/secrets (berth-cli "
            "secrets --help).\nsetup | deploy | redeploy | rollback VERSION | app "
            "boot|stop|start|remove|maintenance|live | accessory boot|reboot|remove|start|stop | "
            "proxy boot|reboot|remove | prune | remove | lock acquire|release   Run it on the "
            "servers, as kamal does (berth-cli deploy --help).\napp "
            "details|containers|images|logs | accessory details|logs | proxy details|logs | lock "
            "status   Show what the servers say, as kamal does.\nreleases [--json]   The "
            "versions the servers keep per role, and which one is live.\nplan OPERATION   Print "
            "the steps and commands without running them.\nbackups "
            "list|now|restore|download|verify   The database backups of the "
            "backup accessory (berth-cli backups --help).\nhistory [--steps] [--json]   The "
            "project's past runs from this computer, with every step's duration.\nssh "
            "remember-passphrase|forget-passphrase "
            "KEYFILE   A private key's passphrase in the keychain (berth-cli ssh --help).\nsandbox "
            "up|deploy|status|down   The demo on local sandbox servers (Linux; berth-cli sandbox "
            "--help)."),
        QStringLiteral("<command> [args…]"));
    // Everything after the command belongs to it (`config check -d staging`).
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "berth-cli: " << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    if (parser.isSet(versionOption))
        return printVersion(out, parser.isSet(verboseOption));

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << CliText::tr(
            "berth-cli: no command given. Run “berth-cli --help” to see the commands.")
            << '\n';
        return UsageError;
    }
    const QString &command = args.constFirst();
    if (command == QLatin1String("config"))
        return Berth::Cli::runConfigCommand(
            QStringList {QStringLiteral("berth-cli config")} + args.mid(1), out, err);
    if (command == QLatin1String("secrets"))
        return Berth::Cli::runSecretsCommand(
            QStringList {QStringLiteral("berth-cli secrets")} + args.mid(1), out, err);
    static const QStringList operations {
        QStringLiteral("deploy"),    QStringLiteral("rollback"), QStringLiteral("app"),
        QStringLiteral("accessory"), QStringLiteral("prune"),    QStringLiteral("lock"),
        QStringLiteral("plan"),      QStringLiteral("alias"),    QStringLiteral("setup"),
        QStringLiteral("redeploy"),  QStringLiteral("proxy"),    QStringLiteral("remove")};
    if (command == QLatin1String("ssh"))
        return Berth::Cli::runSshCommand(
            QStringList {QStringLiteral("berth-cli ssh")} + args.mid(1), out, err);
    if (command == QLatin1String("backups"))
        return Berth::Cli::runBackupsCommand(
            QStringList {QStringLiteral("berth-cli backups")} + args.mid(1), out, err);
    if (command == QLatin1String("history"))
        return Berth::Cli::runHistoryCommand(
            QStringList {QStringLiteral("berth-cli history")} + args.mid(1), out, err);
    if (command == QLatin1String("releases"))
        return Berth::Cli::runReleasesCommand(
            QStringList {QStringLiteral("berth-cli releases")} + args.mid(1), out, err);
    if (command == QLatin1String("sandbox"))
        return Berth::Cli::runSandboxCommand(
            QStringList {QStringLiteral("berth-cli sandbox")} + args.mid(1), out, err);
    if (command == QLatin1String("recover"))
        return Berth::Cli::runRecoverCommand(
            QStringList {QStringLiteral("berth-cli recover")} + args.mid(1), out, err);
    if (operations.contains(command))
        return Berth::Cli::runOperationCommand(QStringList {QStringLiteral("berth-cli")} + args,
                                               out, err);
    if (command == QLatin1String("info"))
        return printProjectInfo(out, err, args.size() > 1 ? args.at(1) : QDir::currentPath());

    err << CliText::tr(
               "berth-cli: unknown command “%1”. Run “berth-cli --help” to see the commands.")
               .arg(command)
        << '\n';
    return UsageError;
}
