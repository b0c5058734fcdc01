#pragma once

#include "core/Result.h"
#include "core/kamal/Command.h"
#include "core/kamal/HealthCheckDiagnosis.h"
#include "core/kamal/KamalConfig.h"
#include "core/kamal/commands/HostCommands.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Berth::Kamal {

class AppCommands;

// What to do when a step fails: stop the run (the default), always run it even after a
// failure or cancellation (lock release), or carry on without it (best-effort cleanup).
enum class StepPolicy { StopOnError, AlwaysRun, Skippable };

// One thing the engine does inside a step. Commands are final argv except for `{{name}}`
// placeholders, which stand for the trimmed stdout of an earlier action of the same host
// (`captureAs`); resolve() fills them in. Conditions and loops refer to those captures, so
// everything that depends on the servers' state is explicit in the plan.
struct PlanAction
{
    enum class Kind {
        Run, // run `command` on the step's host (or locally)
        Upload, // write `content` to `path` with `mode`; content may hold secrets
        AwaitReady, // poll `command` (container status) until "healthy", or "running" for
                    // `seconds`; give up after `timeout` seconds
        Sleep, // wait `seconds`
    };

    Kind kind = Kind::Run;
    Command command;
    QList<std::pair<QString, QString>> environment; // for local runs (build secrets)
    // Local runs: where they run; empty = the project folder (the build runs in a clean clone).
    QString workingDirectory;
    QString path;
    QString source; // Upload: the local file it comes from, relative to the project; empty
                    // for generated content (env files, rendered ERB)
    QString content;
    QString mode;
    bool secretContent = false;
    int seconds = 0;
    int timeout = 0;
    // A failure does not fail the step (e.g. `docker network create` when it exists). The
    // capture is then empty and `<captureAs>.failed` is set to "1".
    bool ignoreFailure = false;
    // An empty output fails the step (e.g. a rollback target that is missing).
    bool requireOutput = false;
    QString captureAs;
    QString onlyIf; // run only when this capture is non-empty
    QString unlessSet; // run only when this capture is empty
    QString onlyIfZero; // run only when this capture counts nothing ("0" or empty, as to_i)
    // Run on this SSH target instead of the step's host (the remote builder's connection check).
    QString onHost;
    // Run once per line of this capture, skipping lines equal to the value of any capture in
    // `forEachExcept`; `{{item}}` in the command is the line.
    QString forEach;
    QStringList forEachExcept;
    // Not part of Kamal's own sequence: a safety step Berth adds (the Kamal parity tests leave
    // these out when they compare command sequences).
    bool berthOnly = false;
    // When this action fails, the engine gathers the facts, explains the likely cause and
    // stops the new container (Kamal's `stop_new_version`) before the step fails.
    std::optional<HealthCheckProbe> explainFailure;

    // The command with `{{name}}` (and `{{item}}`) replaced from `captures`.
    [[nodiscard]] Command resolved(const QHash<QString, QString> &captures,
                                   const QString &item = {}) const;
};

// The capture a runner sets to "1" on a host once the step `stepId` succeeded there, so later
// actions can depend on it (the lock release on the lock having been taken).
[[nodiscard]] inline QString doneCapture(const QString &stepId)
{
    return QStringLiteral("done:") + stepId;
}

struct PlanStep
{
    QString id; // stable, e.g. "boot.web", "lock.release"
    QString title; // translated, for the timeline
    QString host; // empty: the deploying machine
    StepPolicy policy = StepPolicy::StopOnError;
    QList<PlanAction> actions;
    // Safe to run again from its start (reads, logins, pulls, mkdir -p): when the connection
    // drops, the runner reconnects and repeats it. Any other step stops the run instead.
    bool repeatable = false;
};

// Steps of one stage run in parallel (one worker per host); a stage starts when the previous
// one has finished on every host, as Kamal's `on(hosts)` blocks do.
struct PlanStage
{
    QList<PlanStep> steps;
};

struct Plan
{
    QString operation; // "deploy", "rollback", …
    QList<PlanStage> stages;

    // All steps of one host ("" = local) in execution order.
    [[nodiscard]] QList<PlanStep> stepsFor(const QString &host) const;
    [[nodiscard]] QStringList hosts() const;
};

// Everything a plan needs besides the configuration. Values that Kamal takes from the clock,
// git or SecureRandom are given here, so the same inputs always give the same plan.
struct PlanInputs
{
    QString version;
    Stamp stamp;
    SecretValues secrets;
    QString dockerArch = QStringLiteral("amd64");
    QString hostnameSuffix; // 12 hex digits
    QString replacedSuffix; // 16 hex digits, for `<container>_replaced_<hex>`
    bool skipPush = false; // deploy -P: pull only
    QString lockMessage = QStringLiteral("Automatic deploy lock");
    // Files for accessory uploads, by local path relative to the project root (ERB already
    // rendered by the caller).
    QHash<QString, QString> accessoryFiles;
};

// Builds plans from the configuration: pure, no I/O. Errors (a missing secret) come back as
// values.
class PlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(KamalPlan)

public:
    PlanBuilder(const KamalConfig &config, PlanInputs inputs);

    [[nodiscard]] Result<Plan> deploy() const;
    [[nodiscard]] Result<Plan> rollback(const QString &version) const;
    // Recovery of an interrupted run: every app host brought to `version` (one that is on the
    // servers already) under a new lock. Kamal's rollback with the boot only on `bootHosts`
    // (the hosts that do not serve `version` yet), the stale and half-started containers
    // stopped at the end, and, with `releaseFirst`, the lock the interrupted run left removed
    // before the new one is taken.
    [[nodiscard]] Result<Plan> settle(const QString &version, const QStringList &bootHosts,
                                      bool releaseFirst) const;
    [[nodiscard]] Result<Plan> appBoot() const;
    [[nodiscard]] Result<Plan> appStop() const;
    [[nodiscard]] Result<Plan> appStart() const;
    // Empty name: all accessories.
    [[nodiscard]] Result<Plan> accessoryBoot(const QString &name = {}) const;
    [[nodiscard]] Result<Plan> prune() const;
    // `kamal app exec CMD` on every app host and role: in a new container of the given
    // version (`latest` without one), or with `reuse` in the running one. Not locked.
    [[nodiscard]] Result<Plan> appExec(const QString &command, bool reuse,
                                       const QString &version) const;
    // `kamal accessory exec NAME CMD` on the accessory's hosts.
    [[nodiscard]] Result<Plan> accessoryExec(const QString &name, const QString &command,
                                             bool reuse) const;
    [[nodiscard]] Result<Plan> lockAcquire(const QString &message) const;
    [[nodiscard]] Result<Plan> lockRelease() const;
    // Kamal's `setup`: Docker checked (and installed, as Kamal does, where it is missing and
    // the user is root), then a deploy with the accessories booted after kamal-proxy, all under
    // one lock.
    [[nodiscard]] Result<Plan> setup() const;
    // Kamal's `redeploy`: a deploy without proxy boot, accessories or prune.
    [[nodiscard]] Result<Plan> redeploy() const;
    // `app remove`: the app's containers, images and directories on every app host.
    [[nodiscard]] Result<Plan> appRemove() const;
    // `accessory reboot|remove NAME` (empty: all). Reboot pulls, stops, removes and boots
    // again (data in directories and volumes stays); remove also deletes the image and the
    // accessory's directory.
    [[nodiscard]] Result<Plan> accessoryReboot(const QString &name = {}) const;
    [[nodiscard]] Result<Plan> accessoryRemove(const QString &name = {}) const;
    // `proxy boot` and `proxy reboot` (a brief outage per host; routes survive).
    [[nodiscard]] Result<Plan> proxyBoot() const;
    [[nodiscard]] Result<Plan> proxyReboot() const;
    // Kamal's `remove`: app, kamal-proxy (unless other apps use it), accessories, registry
    // login — everything the project put on its servers.
    [[nodiscard]] Result<Plan> remove() const;

    // The read-only views, unlocked as in Kamal; each step's output is what they show.
    // `app details|containers|images|logs` on every app host (per role where Kamal asks per
    // role); logs with `follow` on the primary host only, until stopped.
    [[nodiscard]] Result<Plan> appDetails() const;
    [[nodiscard]] Result<Plan> appContainers() const;
    [[nodiscard]] Result<Plan> appImages() const;
    [[nodiscard]] Result<Plan> appLogs(const LogOptions &options) const;
    // `app maintenance` / `app live`: kamal-proxy stops or resumes routing to each role that
    // runs the proxy, under the lock.
    [[nodiscard]] Result<Plan> appMaintenance() const;
    [[nodiscard]] Result<Plan> appLive() const;
    // `accessory details|logs|start|stop NAME` (empty name: every accessory).
    [[nodiscard]] Result<Plan> accessoryDetails(const QString &name = {}) const;
    [[nodiscard]] Result<Plan> accessoryLogs(const QString &name, const LogOptions &options) const;
    [[nodiscard]] Result<Plan> accessoryStart(const QString &name = {}) const;
    [[nodiscard]] Result<Plan> accessoryStop(const QString &name = {}) const;
    [[nodiscard]] Result<Plan> proxyDetails() const;
    [[nodiscard]] Result<Plan> proxyLogs(const LogOptions &options) const;
    // `proxy remove [--force]`: left alone on a host whose .kamal/apps lists other apps,
    // unless forced.
    [[nodiscard]] Result<Plan> proxyRemove(bool force) const;
    // `lock status`: the lock's decoded details; the step's capture "lock.status" is empty
    // (and "lock.status.failed" set) when there is no lock.
    [[nodiscard]] Result<Plan> lockStatus() const;

private:
    // One step `id` per app host running `command` of the host's first role (a view).
    [[nodiscard]] Plan onEachAppHost(const QString &id, const QString &title,
                                     Command (AppCommands::*command)() const) const;
    [[nodiscard]] Result<Plan> deployPlan(const QString &name, bool bootProxyAndPrune) const;
    [[nodiscard]] QList<PlanStage> appRemoveStages() const;
    // `app stop` for one role on one host: audit, kamal-proxy told to stop routing, stop.
    [[nodiscard]] QList<PlanAction> stopRoleActions(const Role &role, const QString &host) const;
    [[nodiscard]] QList<PlanAction> accessoryStopActions(const Accessory &accessory) const;
    [[nodiscard]] Result<QList<PlanStage>> accessoryRemoveStages(const QString &name) const;
    [[nodiscard]] Result<PlanStage> proxyRebootStage() const;
    [[nodiscard]] PlanStage proxyRemoveStage(bool force = false) const;
    [[nodiscard]] Result<QList<const Accessory *>> accessoriesNamed(const QString &name) const;
    [[nodiscard]] Result<Plan> accessoryStartOrStop(const QString &name, bool start) const;
    [[nodiscard]] PlanStage bootstrapStage() const;
    [[nodiscard]] Result<PlanStage> buildStage() const;
    [[nodiscard]] Result<QList<PlanStage>> pullStages() const;
    [[nodiscard]] PlanStage ensureRunDirectoryStage() const;
    [[nodiscard]] PlanStage lockStage(const QString &message) const;
    [[nodiscard]] PlanStage releaseStage() const;
    [[nodiscard]] Result<QList<PlanStage>> proxyBootStages() const;
    [[nodiscard]] PlanStage staleContainersStage() const;
    // On every app host, or only on `only` when it is not empty.
    [[nodiscard]] Result<QList<PlanStage>> bootStages(const QString &version,
                                                      const QStringList &only = {}) const;
    [[nodiscard]] PlanStage tagLatestStage(const QString &version) const;
    [[nodiscard]] QList<PlanStage> pruneStages() const;
    [[nodiscard]] Result<QList<PlanStage>> accessoryStages(const QString &name,
                                                           bool prepare = true) const;
    [[nodiscard]] Result<PlanStep> bootStep(const QString &host, const QString &version) const;

    const KamalConfig &m_config;
    PlanInputs m_inputs;
};

} // namespace Berth::Kamal
