#include "engine/Recovery.h"

#include "engine/Operation.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <algorithm>

namespace Berth::Engine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Recovery)
};

// A container the boot step moved aside (`v1_replaced_<hex>`) still runs version v1.
QString baseVersion(const QString &version)
{
    return version.section(QStringLiteral("_replaced_"), 0, 0);
}

const HostSnapshot *snapshotOf(const QList<HostSnapshot> &snapshots, const QString &host)
{
    const auto it = std::find_if(snapshots.cbegin(), snapshots.cend(),
                                 [&host](const HostSnapshot &s) { return s.host == host; });
    return it == snapshots.cend() ? nullptr : &*it;
}

QList<const ContainerInfo *> appContainers(const HostSnapshot &snapshot, const QString &role,
                                           bool runningOnly)
{
    QList<const ContainerInfo *> result;
    for (const ContainerInfo &container : snapshot.containers) {
        if (container.kind == ContainerInfo::Kind::App && container.role == role
            && (!runningOnly || container.isRunning()))
            result.append(&container);
    }
    return result;
}

// The version a role serves on a host: kamal-proxy's route for roles behind it, else the one
// version its running containers have (empty: none, or several).
QString servedVersion(const HostSnapshot &snapshot, const Kamal::Role &role)
{
    if (role.runsProxy)
        return baseVersion(snapshot.routed.value(role.name));
    QStringList versions;
    for (const ContainerInfo *container : appContainers(snapshot, role.name, true)) {
        if (!versions.contains(baseVersion(container->version)))
            versions.append(baseVersion(container->version));
    }
    return versions.size() == 1 ? versions.constFirst() : QString();
}

// Whether the interrupted run reached the boot step on `host` (the proxy may have switched).
bool bootReached(const RunJournal::Record &run, const QString &host)
{
    return run.completedSteps.contains(host + QStringLiteral("\nboot"))
        || run.hosts.value(host).lastStep == QLatin1String("boot");
}

RecoveryChoice describe(const QString &target, const RecoveryAssessment &assessment,
                        const QList<HostSnapshot> &snapshots, const Kamal::KamalConfig &config)
{
    RecoveryChoice choice;
    choice.version = target;
    const QString primary = config.primaryHost();
    for (const QString &host : config.appHosts()) {
        const HostSnapshot *snapshot = snapshotOf(snapshots, host);
        if (!snapshot || !snapshot->error.isEmpty()) {
            choice.refusal = Text::tr("%1 could not be inspected: %2")
                                 .arg(host, snapshot ? snapshot->error : Text::tr("no answer"));
            return choice;
        }
        QStringList steps;
        if (host == primary)
            steps.append(assessment.ownLock
                             ? Text::tr("release the interrupted run's deploy lock, take a new "
                                        "one for this")
                             : Text::tr("take the deploy lock for this"));
        bool boot = false;
        for (const Kamal::Role *role : config.rolesOnHost(host)) {
            const QString served = servedVersion(*snapshot, *role);
            QStringList others;
            for (const ContainerInfo *container : appContainers(*snapshot, role->name, true)) {
                if (baseVersion(container->version) != target && container->version != served
                    && !others.contains(container->name))
                    others.append(container->name);
            }
            if (served == target) {
                steps.append(
                    Text::tr("role %1 serves %2 already: no boot").arg(role->name, target));
            } else {
                const auto containers = appContainers(*snapshot, role->name, false);
                const bool available = std::any_of(
                    containers.cbegin(), containers.cend(),
                    [&target](const ContainerInfo *c) { return c->version == target; });
                if (!available) {
                    choice.refusal = Text::tr("No container of version %1 is left on %2 to boot "
                                              "it from.")
                                         .arg(target, host);
                    return choice;
                }
                boot = true;
                steps.append(
                    served.isEmpty()
                        ? Text::tr("role %1 serves nothing: boot %2").arg(role->name, target)
                        : Text::tr("role %1 serves %2: boot %3, switch kamal-proxy to it "
                                   "and stop %2")
                              .arg(role->name, served, target));
            }
            if (!others.isEmpty())
                steps.append(Text::tr("stop %1, left running by the interrupted run")
                                 .arg(others.join(QStringLiteral(", "))));
        }
        if (boot)
            choice.bootHosts.append(host);
        steps.append(Text::tr("tag %1 as the latest image").arg(target));
        if (host == primary)
            steps.append(Text::tr("release the deploy lock"));
        choice.perHost.append({host, steps.join(QStringLiteral("; "))});
    }
    choice.possible = true;
    return choice;
}

} // namespace

RecoveryAssessment assessRecovery(const RunJournal::Record &run,
                                  const QList<HostSnapshot> &snapshots,
                                  const Kamal::KamalConfig &config)
{
    RecoveryAssessment assessment;
    for (const HostSnapshot &snapshot : snapshots) {
        if (!snapshot.lockDetails)
            continue;
        if (!run.header.lockDetails.isEmpty() && *snapshot.lockDetails == run.header.lockDetails)
            assessment.ownLock = true;
        else
            assessment.otherLock = *snapshot.lockDetails;
    }

    // Live: what every host serves.
    QStringList live;
    QStringList servedBy;
    for (const QString &host : config.appHosts()) {
        const HostSnapshot *snapshot = snapshotOf(snapshots, host);
        if (!snapshot)
            continue;
        for (const Kamal::Role *role : config.rolesOnHost(host)) {
            const QString served = servedVersion(*snapshot, *role);
            if (served.isEmpty())
                continue;
            servedBy.append(QStringLiteral("%1 %2: %3").arg(host, role->name, served));
            if (!live.contains(served))
                live.append(served);
        }
    }
    if (live.size() == 1)
        assessment.liveVersion = live.constFirst();

    // Previous: where the run never reached the boot, what the host serves; where it did, the
    // newest container of another version (the one the boot stopped).
    const QString runVersion = run.header.version;
    QStringList previous;
    QStringList evidence;
    QString unknown;
    if (runVersion.isEmpty())
        unknown = Text::tr("The journal does not name the version the run was deploying.");
    for (const QString &host : config.appHosts()) {
        const HostSnapshot *snapshot = snapshotOf(snapshots, host);
        if (!unknown.isEmpty())
            break;
        if (!snapshot || !snapshot->error.isEmpty()) {
            unknown = Text::tr("%1 could not be inspected.").arg(host);
            break;
        }
        for (const Kamal::Role *role : config.rolesOnHost(host)) {
            const QString served = servedVersion(*snapshot, *role);
            QString found;
            if (!bootReached(run, host) && !served.isEmpty()) {
                found = served;
                evidence.append(Text::tr("%1 still serves %2").arg(host, served));
            } else {
                const ContainerInfo *newest = nullptr;
                for (const ContainerInfo *container : appContainers(*snapshot, role->name, false)) {
                    if (baseVersion(container->version) == runVersion
                        || container->version.contains(QStringLiteral("_replaced_")))
                        continue;
                    if (!newest || container->createdAt > newest->createdAt)
                        newest = container;
                }
                if (newest) {
                    found = newest->version;
                    evidence.append(Text::tr("the newest container of another version on %1 is %2")
                                        .arg(host, newest->name));
                }
            }
            if (found.isEmpty()) {
                unknown = Text::tr("Nothing on %1 shows which version was live before %2.")
                              .arg(host, runVersion);
                break;
            }
            if (!previous.contains(found))
                previous.append(found);
        }
    }
    if (unknown.isEmpty() && previous.size() > 1)
        unknown = Text::tr("The hosts disagree on the version live before: %1.")
                      .arg(evidence.join(QStringLiteral("; ")));
    if (unknown.isEmpty() && previous.size() == 1) {
        assessment.previousVersion = previous.constFirst();
        assessment.previousReason = evidence.join(QStringLiteral("; "));
    } else {
        assessment.previousReason = unknown.isEmpty() ? Text::tr("No app host.") : unknown;
    }

    const QString locked
        = Text::tr("Someone else holds the deploy lock:\n%1").arg(assessment.otherLock);
    if (!assessment.otherLock.isEmpty()) {
        assessment.finishLive.refusal = locked;
    } else if (assessment.liveVersion.isEmpty()) {
        assessment.finishLive.refusal = live.isEmpty()
            ? Text::tr("No version is live: kamal-proxy routes to no container of the app.")
            : Text::tr("The hosts serve different versions (%1): resume, or roll back.")
                  .arg(servedBy.join(QStringLiteral("; ")));
    } else {
        assessment.finishLive = describe(assessment.liveVersion, assessment, snapshots, config);
    }
    if (!assessment.otherLock.isEmpty())
        assessment.rollback.refusal = locked;
    else if (assessment.previousVersion.isEmpty())
        assessment.rollback.refusal
            = Text::tr("The version live before is not known: %1").arg(assessment.previousReason);
    else
        assessment.rollback = describe(assessment.previousVersion, assessment, snapshots, config);
    return assessment;
}

Result<InspectedRecovery> inspectForRecovery(const RunJournal::Record &run,
                                             const HostKeyPolicy &policy,
                                             const QHash<QString, QString> &projectVariables)
{
    const auto project
        = loadProjectConfig(run.header.projectRoot, run.header.destination, projectVariables);
    if (!project)
        return unexpected(project.error());
    InspectedRecovery result;
    {
        ServerInspector inspector(project->config, makeConnector(project->config, policy));
        QEventLoop loop;
        QObject::connect(&inspector, &ServerInspector::hostInspected, &loop,
                         [&result](const HostSnapshot &s) { result.snapshots.append(s); });
        QObject::connect(&inspector, &ServerInspector::finished, &loop, &QEventLoop::quit);
        // The results arrive queued from the workers: the loop runs until the last one (an
        // empty configuration has none, and finishes inside inspect()).
        if (!project->config->allHosts().isEmpty()) {
            inspector.inspect();
            loop.exec();
        }
    }
    result.assessment = assessRecovery(run, result.snapshots, *project->config);
    return result;
}

} // namespace Berth::Engine
