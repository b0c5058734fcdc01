#pragma once

#include "core/kamal/KamalConfig.h"
#include "engine/ServerInspector.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Berth::Engine {

// One version of a role that the servers keep (Kamal's retained containers).
struct Release
{
    QString version;
    QStringList keptOn; // hosts with a container of this version
    QStringList liveOn; // hosts where that container runs
    QString createdAt; // docker's CreatedAt of the newest such container
};

// A role's versions, newest first.
struct RoleReleases
{
    QString role;
    QStringList hosts; // the role's hosts
    QList<Release> releases;
};

struct ReleaseOverview
{
    QList<RoleReleases> roles;
    QStringList problems; // "host: why it could not be read"
};

// The versions per role from what the servers run (ServerInspector snapshots by host).
// `_replaced_` containers (a version deployed again) are not versions of their own.
[[nodiscard]] ReleaseOverview releasesOf(const Kamal::KamalConfig &config,
                                         const QHash<QString, HostSnapshot> &snapshots);

// The commit a version names, from the project's git repository.
struct CommitInfo
{
    QString subject;
    QString date; // ISO 8601, the commit date
};

// The commit of each version that is a git SHA (with or without `_uncommitted_…`) known to
// the local repository. Runs git once per version: call it off the GUI thread.
[[nodiscard]] QHash<QString, CommitInfo> commitsOf(const QString &projectRoot,
                                                   const QStringList &versions);

} // namespace Berth::Engine
