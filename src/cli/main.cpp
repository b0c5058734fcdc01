// berth-cli: the headless front end over the same engine, for CI and scripts.
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
struct Cli
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
        err << Cli::tr("berth-cli: %1").arg(project.error().message) << '\n';
        return Failure;
    }
    out << Cli::tr("Project:      %1").arg(project->displayName()) << '\n'
        << Cli::tr("Folder:       %1").arg(QDir::toNativeSeparators(project->rootPath())) << '\n'
        << Cli::tr("Config:       %1").arg(QDir::toNativeSeparators(project->configPath())) << '\n'
        << Cli::tr("Destinations: %1")
               .arg(project->destinations().isEmpty()
                        ? Cli::tr("(none)")
                        : project->destinations().join(QStringLiteral(", ")))
        << '\n'
        << Cli::tr("Secrets:      %1")
               .arg(project->secretsFiles().isEmpty()
                        ? Cli::tr("(none)")
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
    parser.setApplicationDescription(Cli::tr("Berth's command line: the same engine as the desktop "
                                             "app, for CI and scripts."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           Cli::tr("Print the version and exit."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           Cli::tr("With --version: also the library versions."));
    parser.addOption(versionOption);
    parser.addOption(verboseOption);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        Cli::tr("info [PROJECT]   Show what Berth finds in a Kamal project "
                "folder (default: the current folder)."),
        QStringLiteral("<command> [args…]"));
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
        err << Cli::tr("berth-cli: no command given. Run “berth-cli --help” to see the commands.")
            << '\n';
        return UsageError;
    }
    const QString &command = args.constFirst();
    if (command == QLatin1String("info"))
        return printProjectInfo(out, err, args.size() > 1 ? args.at(1) : QDir::currentPath());

    err << Cli::tr("berth-cli: unknown command “%1”. Run “berth-cli --help” to see the commands.")
               .arg(command)
        << '\n';
    return UsageError;
}
