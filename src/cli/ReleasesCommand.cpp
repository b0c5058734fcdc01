#include "cli/ReleasesCommand.h"

#include "cli/CommandLine.h"
#include "core/Project.h"
#include "core/config/ConfigLoader.h"
#include "engine/HostConnector.h"
#include "engine/Releases.h"
#include "engine/ServerInspector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BerthCliReleases)
};

QJsonObject toJson(const Engine::Release &release, const QStringList &roleHosts,
                   const QHash<QString, Engine::CommitInfo> &commits)
{
    QJsonObject object {
        {QStringLiteral("version"), release.version},
        {QStringLiteral("live"), !release.liveOn.isEmpty()},
        {QStringLiteral("liveOn"), QJsonArray::fromStringList(release.liveOn)},
        {QStringLiteral("keptOn"), QJsonArray::fromStringList(release.keptOn)},
        // Kamal rolls back only to a version every host of the role still keeps.
        {QStringLiteral("keptOnEveryHost"), release.keptOn.size() == roleHosts.size()},
        {QStringLiteral("createdAt"), release.createdAt}};
    if (const auto commit = commits.constFind(release.version); commit != commits.cend())
        object.insert(QStringLiteral("commit"),
                      QJsonObject {{QStringLiteral("subject"), commit->subject},
                                   {QStringLiteral("date"), commit->date}});
    return object;
}

} // namespace

int runReleasesCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Shows the versions the servers keep per role, and which one is live."));
    parser.addHelpOption();
    const QCommandLineOption projectOption = CommonOptions::project();
    const QCommandLineOption destinationOption = CommonOptions::destination();
    const QCommandLineOption knownHostsOption = CommonOptions::knownHosts();
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print JSON."));
    for (const auto &option : {projectOption, destinationOption, knownHostsOption, jsonOption})
        parser.addOption(option);
    if (const auto done = parseArguments(parser, arguments, out, err))
        return *done;
    auto project = Project::open(parser.value(projectOption));
    if (!project) {
        err << project.error().message << '\n';
        return UsageError;
    }
    const QString destination = parser.value(destinationOption);
    const Config::LoadedConfig loaded
        = Config::loadConfig(Config::projectLoadOptions(project->configPath(), destination));
    auto config = loaded.effective ? Kamal::KamalConfig::load(loaded.effective, destination)
                                   : Result<Kamal::KamalConfig>(fail(
                                       QString(), Text::tr("The configuration cannot be read.")));
    if (!config) {
        err << config.error().message << '\n';
        return Failure;
    }
    auto shared = std::make_shared<const Kamal::KamalConfig>(std::move(*config));
    Engine::HostKeyPolicy policy;
    policy.knownHostsFile = parser.value(knownHostsOption);
    Engine::ServerInspector inspector(shared, Engine::makeConnector(shared, policy));
    QEventLoop loop;
    QHash<QString, Engine::HostSnapshot> snapshots;
    QObject::connect(&inspector, &Engine::ServerInspector::hostInspected, &loop,
                     [&snapshots](const Engine::HostSnapshot &snapshot) {
                         snapshots.insert(snapshot.host, snapshot);
                     });
    QObject::connect(&inspector, &Engine::ServerInspector::finished, &loop, &QEventLoop::quit);
    inspector.inspect();
    if (inspector.isRunning())
        loop.exec();

    const Engine::ReleaseOverview overview = Engine::releasesOf(*shared, snapshots);
    QStringList versions;
    for (const Engine::RoleReleases &role : overview.roles) {
        for (const Engine::Release &release : role.releases)
            versions.append(release.version);
    }
    const QHash<QString, Engine::CommitInfo> commits
        = Engine::commitsOf(project->rootPath(), versions);

    if (parser.isSet(jsonOption)) {
        QJsonArray roles;
        for (const Engine::RoleReleases &role : overview.roles) {
            QJsonArray releases;
            for (const Engine::Release &release : role.releases)
                releases.append(toJson(release, role.hosts, commits));
            roles.append(
                QJsonObject {{QStringLiteral("role"), role.role},
                             {QStringLiteral("hosts"), QJsonArray::fromStringList(role.hosts)},
                             {QStringLiteral("releases"), releases}});
        }
        out << QJsonDocument(QJsonObject {{QStringLiteral("roles"), roles},
                                          {QStringLiteral("errors"),
                                           QJsonArray::fromStringList(overview.problems)}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const Engine::RoleReleases &role : overview.roles) {
            out << Text::tr("Role %1 (%2)").arg(role.role, role.hosts.join(QStringLiteral(", ")))
                << '\n';
            if (role.releases.isEmpty())
                out << "  " << Text::tr("no version on the servers") << '\n';
            for (const Engine::Release &release : role.releases) {
                QStringList parts;
                parts.append(
                    release.liveOn.isEmpty()
                        ? Text::tr("stopped")
                        : Text::tr("live on %1").arg(release.liveOn.join(QStringLiteral(", "))));
                parts.append(Text::tr("kept on %1 of %2 hosts")
                                 .arg(release.keptOn.size())
                                 .arg(role.hosts.size()));
                if (const auto commit = commits.constFind(release.version);
                    commit != commits.cend())
                    parts.append(QStringLiteral("%1 (%2)").arg(commit->subject, commit->date));
                out << (release.liveOn.isEmpty() ? "    " : "  * ") << release.version << "  "
                    << parts.join(QStringLiteral("; ")) << '\n';
            }
        }
    }
    for (const QString &problem : overview.problems)
        err << Text::tr("berth-cli: cannot read %1").arg(problem) << '\n';
    return overview.problems.isEmpty() ? Success : Failure;
}

} // namespace Berth::Cli
