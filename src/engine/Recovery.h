#pragma once

#include "core/Result.h"
#include "core/kamal/KamalConfig.h"
#include "engine/HostConnector.h"
#include "engine/RunJournal.h"
#include "engine/ServerInspector.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Berth::Engine {

// One way out of an interrupted run that ends on a version already on the servers ("finish on
// the live version", "roll back"): whether it can be taken, and what it does on each host,
// decided from an inspection of the servers only (nothing guessed).
struct RecoveryChoice
{
    bool possible = false;
    QString refusal; // why not, when not possible
    QString version; // the version every host serves afterwards
    QStringList bootHosts; // the hosts it is booted on (the others serve it already)
    QList<std::pair<QString, QString>> perHost; // host → what happens there, in order
};

// What the servers say about an interrupted run, and the two choices that settle on one
// version (resume and release-the-lock need no inspection to be described).
struct RecoveryAssessment
{
    QString liveVersion; // what kamal-proxy routes to on every host (empty: none, or several)
    QString previousVersion; // live before the run (empty: unknown)
    QString previousReason; // how it was found, or why it is unknown
    bool ownLock = false; // the run's own lock is still held
    QString otherLock; // someone else's lock, when one is held
    RecoveryChoice finishLive;
    RecoveryChoice rollback;
};

// Pure: `snapshots` are the ServerInspector results for the hosts of `config`.
[[nodiscard]] RecoveryAssessment assessRecovery(const RunJournal::Record &run,
                                                const QList<HostSnapshot> &snapshots,
                                                const Kamal::KamalConfig &config);

struct InspectedRecovery
{
    QList<HostSnapshot> snapshots;
    RecoveryAssessment assessment;
};

// Loads the run's configuration (`projectVariables` for its ERB, then the process
// environment), inspects its servers (ServerInspector) and assesses them. Blocks until every
// host answered (bounded by the SSH timeouts): call it off the GUI thread.
[[nodiscard]] Result<InspectedRecovery> inspectForRecovery(
    const RunJournal::Record &run, const HostKeyPolicy &policy,
    const QHash<QString, QString> &projectVariables = {});

} // namespace Berth::Engine
