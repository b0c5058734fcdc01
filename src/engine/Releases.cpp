#include "engine/Releases.h"

#include <QMap>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

namespace Berth::Engine {

ReleaseOverview releasesOf(const Kamal::KamalConfig &config,
                           const QHash<QString, HostSnapshot> &snapshots)
{
    ReleaseOverview overview;
    QStringList reported;
    for (const Kamal::Role &role : config.roles) {
        QMap<QString, Release> byVersion;
        for (const QString &host : role.hosts) {
            const HostSnapshot snapshot = snapshots.value(host);
            if (!snapshot.error.isEmpty()) {
                if (!reported.contains(host))
                    overview.problems.append(QStringLiteral("%1: %2").arg(host, snapshot.error));
                reported.append(host);
                continue;
            }
            for (const ContainerInfo &container : snapshot.containers) {
                if (container.kind != ContainerInfo::Kind::App || container.role != role.name
                    || container.version.contains(QLatin1String("_replaced_")))
                    continue;
                Release &release = byVersion[container.version];
                release.version = container.version;
                if (!release.keptOn.contains(host))
                    release.keptOn.append(host);
                release.createdAt = std::max(release.createdAt, container.createdAt);
                if (container.isRunning() && !release.liveOn.contains(host))
                    release.liveOn.append(host);
            }
        }
        RoleReleases releases {role.name, role.hosts, byVersion.values()};
        // Newest first, by when the container was created.
        std::stable_sort(
            releases.releases.begin(), releases.releases.end(),
            [](const Release &a, const Release &b) { return a.createdAt > b.createdAt; });
        overview.roles.append(releases);
    }
    return overview;
}

QHash<QString, CommitInfo> commitsOf(const QString &projectRoot, const QStringList &versions)
{
    static const QRegularExpression sha(
        QStringLiteral("^([0-9a-f]{7,40})(_uncommitted_[0-9a-f]+)?$"));
    QHash<QString, CommitInfo> commits;
    for (const QString &version : versions) {
        const auto match = sha.match(version);
        if (!match.hasMatch() || commits.contains(version))
            continue;
        QProcess git;
        git.setWorkingDirectory(projectRoot);
        git.start(QStringLiteral("git"),
                  {QStringLiteral("log"), QStringLiteral("-1"),
                   QStringLiteral("--format=%s%x09%cI"), match.captured(1)});
        if (!git.waitForFinished(10000) || git.exitStatus() != QProcess::NormalExit
            || git.exitCode() != 0)
            continue;
        const QString line = QString::fromUtf8(git.readAllStandardOutput()).trimmed();
        commits.insert(
            version,
            CommitInfo {line.section(QLatin1Char('\t'), 0, 0), line.section(QLatin1Char('\t'), 1)});
    }
    return commits;
}

} // namespace Berth::Engine
