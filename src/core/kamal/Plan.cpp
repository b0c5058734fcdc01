#include "core/kamal/Plan.h"

#include "core/kamal/commands/AccessoryCommands.h"
#include "core/kamal/commands/AppCommands.h"
#include "core/kamal/commands/BuilderCommands.h"
#include "core/kamal/commands/ProxyCommands.h"

#include <algorithm>

namespace Berth::Kamal {

namespace {

PlanAction run(const Command &command, const QString &captureAs = {}, const QString &onlyIf = {})
{
    PlanAction action;
    action.command = command;
    action.captureAs = captureAs;
    action.onlyIf = onlyIf;
    return action;
}

PlanAction runIgnoringFailure(const Command &command, const QString &captureAs = {})
{
    PlanAction action = run(command, captureAs);
    action.ignoreFailure = true;
    return action;
}

PlanAction upload(const QString &path, const QString &content, const QString &mode, bool secret)
{
    PlanAction action;
    action.kind = PlanAction::Kind::Upload;
    action.path = path;
    action.content = content;
    action.mode = mode;
    action.secretContent = secret;
    return action;
}

PlanStep step(const QString &id, const QString &title, const QString &host,
              QList<PlanAction> actions, StepPolicy policy = StepPolicy::StopOnError)
{
    return PlanStep {id, title, host, policy, std::move(actions)};
}

PlanStep repeatable(PlanStep step)
{
    step.repeatable = true;
    return step;
}

QString placeholder(const QString &name)
{
    return QStringLiteral("{{") + name + QStringLiteral("}}");
}

} // namespace

Command PlanAction::resolved(const QHash<QString, QString> &captures, const QString &item) const
{
    QStringList tokens = command.tokens();
    for (QString &token : tokens) {
        if (!token.contains(QLatin1String("{{")))
            continue;
        token.replace(QStringLiteral("{{item}}"), item);
        for (auto it = captures.constBegin(); it != captures.constEnd(); ++it)
            token.replace(placeholder(it.key()), it.value());
    }
    return Command(tokens);
}

QList<PlanStep> Plan::stepsFor(const QString &host) const
{
    QList<PlanStep> result;
    for (const PlanStage &stage : stages) {
        for (const PlanStep &candidate : stage.steps) {
            if (candidate.host == host)
                result.append(candidate);
        }
    }
    return result;
}

QStringList Plan::hosts() const
{
    QStringList result;
    for (const PlanStage &stage : stages) {
        for (const PlanStep &candidate : stage.steps) {
            if (!result.contains(candidate.host))
                result.append(candidate.host);
        }
    }
    return result;
}

PlanBuilder::PlanBuilder(const KamalConfig &config, PlanInputs inputs)
    : m_config(config)
    , m_inputs(std::move(inputs))
{ }

Result<PlanStage> PlanBuilder::buildStage() const
{
    const BuilderCommands builder(m_config, m_inputs.version, m_inputs.dockerArch);
    const bool remote
        = builder.kind() == Builder::Kind::Remote || builder.kind() == Builder::Kind::Hybrid;
    // A local build without buildx falls back to `docker build` + `docker push`: the buildx
    // check's failure is the switch (remote builders need buildx, so they stop there).
    const QString noBuildx = QStringLiteral("buildx.failed");
    QList<PlanAction> actions {
        remote ? run(builder.ensureDockerInstalled())
               : runIgnoringFailure(builder.ensureDockerInstalled(), QStringLiteral("buildx"))};
    // Remote builders push with BUILDKIT_NO_CLIENT_TOKEN and need no local login.
    if (!remote && !m_config.registry.isLocal()) {
        const Result<Command> login = RegistryCommands(m_config).login(m_inputs.secrets);
        if (!login)
            return unexpected(login.error());
        actions.append(run(*login));
    }
    const qsizetype firstBuildxAction = actions.size();
    actions.append(runIgnoringFailure(builder.inspectBuilder(), QStringLiteral("builder")));
    const QString missing = QStringLiteral("builder.failed");
    PlanAction remove = runIgnoringFailure(builder.remove());
    remove.onlyIf = missing;
    actions.append(remove);
    if (remote) {
        // Kamal opens an SSH connection to the remote builder before creating the context.
        PlanAction check = run(Command {QStringLiteral("true")}, {}, missing);
        check.onHost = QString(m_config.builder.remote).remove(QStringLiteral("ssh://"));
        actions.append(check);
    }
    actions.append(run(builder.create(), {}, missing));
    PlanAction push = run(builder.push());
    push.environment = builder.pushEnv();
    actions.append(push);
    if (!remote) {
        for (qsizetype i = firstBuildxAction; i < actions.size(); ++i)
            actions[i].unlessSet = noBuildx;
        actions.append(run(builder.classicBuild(), {}, noBuildx));
        const QList<Command> pushes = builder.classicPush();
        for (const Command &command : pushes)
            actions.append(run(command, {}, noBuildx));
    }
    return PlanStage {
        {step(QStringLiteral("build"), tr("Build and push the image"), QString(), actions)}};
}

Result<QList<PlanStage>> PlanBuilder::pullStages() const
{
    const Result<Command> login = RegistryCommands(m_config).login(m_inputs.secrets);
    if (!login)
        return unexpected(login.error());
    const BuilderCommands builder(m_config, m_inputs.version, m_inputs.dockerArch);
    const AuditCommands audit(m_config, m_inputs.stamp);
    const QStringList hosts = m_config.appHosts();
    PlanStage prepare;
    PlanStage pull;
    for (const QString &host : hosts) {
        QList<PlanAction> actions {run(*login)};
        // With several hosts Kamal pulls first on one host per registry mirror.
        if (hosts.size() > 1)
            // `docker info` fails when no mirror is configured: that only means "none".
            actions.append(runIgnoringFailure(builder.firstMirror(), QStringLiteral("mirror")));
        prepare.steps.append(repeatable(
            step(QStringLiteral("pull.login"), tr("Log in to the registry"), host, actions)));
        pull.steps.append(repeatable(step(
            QStringLiteral("pull"), tr("Pull the image"), host,
            {run(audit.record(QStringLiteral("Pulled image with version ") + m_inputs.version)),
             runIgnoringFailure(builder.clean()), run(builder.pull()),
             run(builder.validateImage())})));
    }
    return QList<PlanStage> {prepare, pull};
}

PlanStage PlanBuilder::ensureRunDirectoryStage() const
{
    PlanStage stage;
    for (const QString &host : m_config.allHosts()) {
        stage.steps.append(
            repeatable(step(QStringLiteral("run-directory"), tr("Prepare the run directory"), host,
                            {run(ServerCommands(m_config).ensureRunDirectory())})));
    }
    return stage;
}

PlanStage PlanBuilder::lockStage(const QString &message) const
{
    const Command acquire
        = LockCommands(m_config).acquire(message, m_inputs.version, m_inputs.stamp);
    return PlanStage {{step(QStringLiteral("lock.acquire"), tr("Acquire the deploy lock"),
                            m_config.primaryHost(), {run(acquire)})}};
}

PlanStage PlanBuilder::releaseStage() const
{
    // Released even after a failure or a cancel — but only a lock this run took: a run that
    // stopped before (or found another holder's lock) must not remove someone else's.
    PlanAction release = run(LockCommands(m_config).release());
    release.onlyIf = doneCapture(QStringLiteral("lock.acquire"));
    return PlanStage {{step(QStringLiteral("lock.release"), tr("Release the deploy lock"),
                            m_config.primaryHost(), {release}, StepPolicy::AlwaysRun)}};
}

Result<QList<PlanStage>> PlanBuilder::proxyBootStages() const
{
    const Result<Command> login = RegistryCommands(m_config).login(m_inputs.secrets);
    if (!login)
        return unexpected(login.error());
    const ProxyCommands proxy(m_config);
    PlanStage network;
    for (const QString &host : m_config.allHosts()) {
        network.steps.append(
            repeatable(step(QStringLiteral("network"), tr("Create the Docker network"), host,
                            {runIgnoringFailure(ServerCommands(m_config).createNetwork())})));
    }
    PlanStage boot;
    for (const QString &host : m_config.proxyHosts()) {
        // The engine compares `proxy_version` with the minimum (v0.9.2) and stops if older.
        boot.steps.append(
            step(QStringLiteral("proxy.boot"), tr("Start kamal-proxy"), host,
                 {run(*login), runIgnoringFailure(proxy.version(), QStringLiteral("proxy_version")),
                  run(proxy.ensureAppsConfigDirectory()), run(proxy.startOrRun(host))}));
    }
    return QList<PlanStage> {network, boot};
}

PlanStage PlanBuilder::staleContainersStage() const
{
    PlanStage stage;
    for (const QString &host : m_config.appHosts()) {
        QList<PlanAction> actions;
        for (const Role *role : m_config.rolesOnHost(host)) {
            const AppCommands app(m_config, *role, host, m_inputs.version);
            const QString prefix = role->name + QLatin1Char('.');
            actions.append(run(app.listVersions(), prefix + QStringLiteral("versions")));
            actions.append(run(app.currentRunningVersion(), prefix + QStringLiteral("current")));
            PlanAction stop = run(app.stop(QStringLiteral("{{item}}")));
            stop.forEach = prefix + QStringLiteral("versions");
            stop.forEachExcept = {prefix + QStringLiteral("current")};
            if (role->runsProxy) {
                // Kamal's "current" is the container of the image tagged latest. After a deploy
                // that stopped between the proxy switch and that tag, kamal-proxy serves another
                // container, and stopping it as stale fails every request until the next switch.
                PlanAction routed = run(app.routedVersion(), prefix + QStringLiteral("routed"));
                routed.ignoreFailure = true;
                routed.berthOnly = true;
                actions.append(routed);
                stop.forEachExcept.append(prefix + QStringLiteral("routed"));
            }
            actions.append(stop);
        }
        stage.steps.append(
            step(QStringLiteral("stale"), tr("Stop stale containers"), host, actions));
    }
    return stage;
}

Result<PlanStep> PlanBuilder::bootStep(const QString &host, const QString &version) const
{
    const AuditCommands audit(m_config, m_inputs.stamp);
    QList<PlanAction> actions;
    for (const Role *role : m_config.rolesOnHost(host)) {
        const AppCommands app(m_config, *role, host, version);
        const QString prefix = role->name + QLatin1Char('.');
        const QString existing = prefix + QStringLiteral("existing");
        const QString old = prefix + QStringLiteral("old_version");
        const QString target = prefix + QStringLiteral("container_id");
        const QString replaced = version + QStringLiteral("_replaced_") + m_inputs.replacedSuffix;
        const Result<QString> env = app.secretsFileContent(m_inputs.secrets);
        if (!env)
            return unexpected(env.error());

        // A container of this version already exists (redeploy, rollback): move it aside.
        actions.append(run(app.containerIdForVersion(version), existing));
        actions.append(
            run(audit.record(QStringLiteral("Renaming container %1 to %2").arg(version, replaced),
                             {role->name}),
                {}, existing));
        actions.append(run(app.renameContainer(version, replaced), {}, existing));
        actions.append(run(app.currentRunningVersion(), old));
        actions.append(
            run(audit.record(QStringLiteral("Booted app version ") + version, {role->name})));
        actions.append(run(app.ensureEnvDirectory()));
        actions.append(upload(app.secretsPath(), *env, QStringLiteral("0600"), true));
        actions.append(run(app.run(AppCommands::containerHostname(host, m_inputs.hostnameSuffix))));
        HealthCheckProbe probe;
        probe.container = app.containerName(version);
        probe.targetCapture = target;
        probe.appPort = role->proxy.appPort;
        if (!role->proxy.healthcheckPath.isEmpty())
            probe.path = role->proxy.healthcheckPath;
        probe.deployTimeoutSeconds = m_config.deployTimeout;
        probe.stopNewVersion = app.stop(version);
        if (role->runsProxy) {
            PlanAction id = run(app.containerIdForVersion(version), target);
            id.requireOutput = true;
            actions.append(id);
            PlanAction deploy = run(app.deploy(placeholder(target)));
            deploy.explainFailure = probe;
            actions.append(deploy);
        } else {
            PlanAction ready;
            ready.kind = PlanAction::Kind::AwaitReady;
            ready.command = app.status(version);
            ready.seconds = m_config.readinessDelay;
            ready.timeout = m_config.deployTimeout;
            probe.viaProxy = false;
            ready.explainFailure = probe;
            actions.append(ready);
        }
        actions.append(run(app.stop(placeholder(old)), {}, old));
        // The container moved aside is stopped too when it still runs (a deploy that stopped
        // after starting it): it serves nothing now, and two of one version must not run.
        PlanAction stopReplaced = run(app.stop(replaced), {}, existing);
        stopReplaced.berthOnly = true;
        actions.append(stopReplaced);
    }
    return step(QStringLiteral("boot"), tr("Boot version %1").arg(version), host, actions);
}

Result<QList<PlanStage>> PlanBuilder::bootStages(const QString &version,
                                                 const QStringList &only) const
{
    QStringList hosts = m_config.appHosts();
    if (!only.isEmpty())
        hosts.removeIf([&only](const QString &host) { return !only.contains(host); });
    const int limit = std::max(1, m_config.bootLimit().value_or(int(hosts.size())));
    QList<PlanStage> stages;
    for (qsizetype start = 0; start < hosts.size(); start += limit) {
        PlanStage stage;
        for (const QString &host : hosts.mid(start, limit)) {
            Result<PlanStep> boot = bootStep(host, version);
            if (!boot)
                return unexpected(boot.error());
            stage.steps.append(*boot);
        }
        stages.append(stage);
        if (m_config.boot.wait) {
            PlanAction sleep;
            sleep.kind = PlanAction::Kind::Sleep;
            sleep.seconds = *m_config.boot.wait;
            stages.append(PlanStage {{step(QStringLiteral("boot.wait"),
                                           tr("Wait before the next hosts"), QString(), {sleep})}});
        }
    }
    return stages;
}

PlanStage PlanBuilder::tagLatestStage(const QString &version) const
{
    const AuditCommands audit(m_config, m_inputs.stamp);
    PlanStage stage;
    for (const QString &host : m_config.appHosts()) {
        const QList<const Role *> roles = m_config.rolesOnHost(host);
        if (roles.isEmpty())
            continue;
        const AppCommands app(m_config, *roles.constFirst(), host, version);
        stage.steps.append(step(QStringLiteral("tag-latest"), tr("Tag the latest image"), host,
                                {run(audit.record(QStringLiteral("Tagging %1 as the latest image")
                                                      .arg(m_config.absoluteImage(version)))),
                                 run(app.tagLatestImage())}));
    }
    return stage;
}

QList<PlanStage> PlanBuilder::pruneStages() const
{
    const AuditCommands audit(m_config, m_inputs.stamp);
    const PruneCommands prune(m_config);
    PlanStage containers;
    PlanStage images;
    for (const QString &host : m_config.allHosts()) {
        containers.steps.append(step(QStringLiteral("prune.containers"),
                                     tr("Remove old containers"), host,
                                     {run(audit.record(QStringLiteral("Pruned containers"))),
                                      run(prune.appContainers(m_config.retainContainers))},
                                     StepPolicy::Skippable));
        images.steps.append(step(QStringLiteral("prune.images"), tr("Remove unused images"), host,
                                 {run(audit.record(QStringLiteral("Pruned images"))),
                                  run(prune.danglingImages()), run(prune.taggedImages())},
                                 StepPolicy::Skippable));
    }
    return {containers, images};
}

Result<QList<PlanStage>> PlanBuilder::accessoryStages(const QString &name, bool prepare) const
{
    const Result<Command> login = RegistryCommands(m_config).login(m_inputs.secrets);
    if (!login)
        return unexpected(login.error());
    const AuditCommands audit(m_config, m_inputs.stamp);
    QList<PlanStage> stages;
    for (const Accessory &accessory : m_config.accessories) {
        if (!name.isEmpty() && accessory.name != name)
            continue;
        const AccessoryCommands commands(m_config, accessory);
        const Result<QString> env = commands.secretsFileContent(m_inputs.secrets);
        if (!env)
            return unexpected(env.error());
        PlanStage stage;
        for (const QString &host : accessory.hosts) {
            // Kamal boots an accessory only where no container of it exists yet.
            const QString existing = QStringLiteral("existing");
            PlanAction check = run(commands.info(true, true), existing);
            QList<PlanAction> actions;
            if (prepare)
                actions
                    = {run(*login), runIgnoringFailure(ServerCommands(m_config).createNetwork())};
            actions.append(check);
            QList<PlanAction> boot;
            for (const AccessoryMount &directory : accessory.directories)
                boot.append(run(commands.makeDirectory(directory)));
            for (const AccessoryMount &file : accessory.files) {
                boot.append(run(commands.makeFileDirectory(file)));
                PlanAction copy
                    = upload(file.hostPath, m_inputs.accessoryFiles.value(file.localPath),
                             QString(), file.erb);
                if (!file.erb)
                    copy.source = file.localPath;
                boot.append(copy);
                boot.append(run(commands.chmodFile(file)));
                if (!file.owner.isEmpty())
                    boot.append(run(commands.chownFile(file)));
            }
            boot.append(
                run(audit.record(QStringLiteral("Booted %1 accessory").arg(accessory.name))));
            boot.append(run(commands.ensureEnvDirectory()));
            boot.append(upload(commands.secretsPath(), *env, QStringLiteral("0600"), true));
            boot.append(run(commands.run(host)));
            for (PlanAction &action : boot) {
                action.unlessSet = existing;
                actions.append(action);
            }
            stage.steps.append(step(QStringLiteral("accessory.boot"),
                                    tr("Boot accessory %1").arg(accessory.name), host, actions));
        }
        stages.append(stage);
    }
    return stages;
}

Result<Plan> PlanBuilder::deploy() const
{
    return deployPlan(QStringLiteral("deploy"), true);
}

// Kamal's deploy; its redeploy is the same without the proxy boot and the prune.
Result<Plan> PlanBuilder::deployPlan(const QString &name, bool bootProxyAndPrune) const
{
    Plan plan {name, {}};
    if (!m_inputs.skipPush) {
        const Result<PlanStage> build = buildStage();
        if (!build)
            return unexpected(build.error());
        plan.stages.append(*build);
    }
    const Result<QList<PlanStage>> pull = pullStages();
    if (!pull)
        return unexpected(pull.error());
    plan.stages.append(*pull);
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    if (bootProxyAndPrune) {
        const Result<QList<PlanStage>> proxy = proxyBootStages();
        if (!proxy)
            return unexpected(proxy.error());
        plan.stages.append(*proxy);
    }
    plan.stages.append(staleContainersStage());
    const Result<QList<PlanStage>> boot = bootStages(m_inputs.version);
    if (!boot)
        return unexpected(boot.error());
    plan.stages.append(*boot);
    plan.stages.append(tagLatestStage(m_inputs.version));
    if (bootProxyAndPrune)
        plan.stages.append(pruneStages());
    plan.stages.append(releaseStage());
    return plan;
}

Result<Plan> PlanBuilder::rollback(const QString &version) const
{
    Plan plan {QStringLiteral("rollback"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    // Refuse up front when the version's container is missing on any host (Kamal would only
    // print a message and exit 0).
    PlanStage available;
    for (const QString &host : m_config.appHosts()) {
        QList<PlanAction> actions;
        for (const Role *role : m_config.rolesOnHost(host)) {
            PlanAction check
                = run(AppCommands(m_config, *role, host, version).containerIdForVersion(version));
            check.requireOutput = true;
            actions.append(check);
        }
        available.steps.append(
            repeatable(step(QStringLiteral("rollback.check"),
                            tr("Check that version %1 is available").arg(version), host, actions)));
    }
    plan.stages.append(available);
    const Result<QList<PlanStage>> boot = bootStages(version);
    if (!boot)
        return unexpected(boot.error());
    plan.stages.append(*boot);
    plan.stages.append(tagLatestStage(version));
    plan.stages.append(releaseStage());
    return plan;
}

Result<Plan> PlanBuilder::settle(const QString &version, const QStringList &bootHosts,
                                 bool releaseFirst) const
{
    Plan plan {QStringLiteral("rollback"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    if (releaseFirst) {
        // The interrupted run's lock (checked by the caller to be that run's own).
        plan.stages.append(
            PlanStage {{step(QStringLiteral("lock.release-interrupted"),
                             tr("Release the interrupted run's deploy lock"),
                             m_config.primaryHost(), {run(LockCommands(m_config).release())})}});
    }
    plan.stages.append(lockStage(m_inputs.lockMessage));
    PlanStage available;
    for (const QString &host : bootHosts) {
        QList<PlanAction> actions;
        for (const Role *role : m_config.rolesOnHost(host)) {
            PlanAction check
                = run(AppCommands(m_config, *role, host, version).containerIdForVersion(version));
            check.requireOutput = true;
            actions.append(check);
        }
        available.steps.append(
            repeatable(step(QStringLiteral("rollback.check"),
                            tr("Check that version %1 is available").arg(version), host, actions)));
    }
    if (!available.steps.isEmpty())
        plan.stages.append(available);
    if (!bootHosts.isEmpty()) {
        const Result<QList<PlanStage>> boot = bootStages(version, bootHosts);
        if (!boot)
            return unexpected(boot.error());
        plan.stages.append(*boot);
    }
    plan.stages.append(tagLatestStage(version));
    // Once `version` is routed and tagged everywhere: what still runs beside it goes (a
    // container the interrupted run started but never switched to, or the one it switched to
    // where the boot above switched back). What kamal-proxy routes to always stays.
    plan.stages.append(staleContainersStage());
    plan.stages.append(releaseStage());
    return plan;
}

Result<Plan> PlanBuilder::appBoot() const
{
    Plan plan {QStringLiteral("app.boot"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    const Result<QList<PlanStage>> boot = bootStages(m_inputs.version);
    if (!boot)
        return unexpected(boot.error());
    plan.stages.append(*boot);
    plan.stages.append(tagLatestStage(m_inputs.version));
    plan.stages.append(releaseStage());
    return plan;
}

Result<Plan> PlanBuilder::appStop() const
{
    Plan plan {QStringLiteral("app.stop"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    PlanStage stop;
    for (const QString &host : m_config.appHosts()) {
        QList<PlanAction> actions;
        for (const Role *role : m_config.rolesOnHost(host))
            actions.append(stopRoleActions(*role, host));
        stop.steps.append(step(QStringLiteral("app.stop"), tr("Stop the app"), host, actions));
    }
    plan.stages.append(stop);
    plan.stages.append(releaseStage());
    return plan;
}

Result<Plan> PlanBuilder::appExec(const QString &command, bool reuse, const QString &version) const
{
    const AuditCommands audit(m_config, m_inputs.stamp);
    Plan plan {QStringLiteral("app.exec"), {}};
    PlanStage exec;
    for (const QString &host : m_config.appHosts()) {
        QList<PlanAction> actions;
        if (!reuse) {
            const Result<Command> login = RegistryCommands(m_config).login(m_inputs.secrets);
            if (!login)
                return unexpected(login.error());
            actions.append(run(*login));
        }
        for (const Role *role : m_config.rolesOnHost(host)) {
            const QString prefix = role->name + QLatin1Char('.');
            if (reuse) {
                // Without --version, the running container's version, asked on each host.
                QString running = version;
                if (running.isEmpty()) {
                    const AppCommands lookup(m_config, *role, host, QString());
                    PlanAction current
                        = run(lookup.currentRunningVersion(), prefix + QStringLiteral("current"));
                    current.requireOutput = true;
                    actions.append(current);
                    running = placeholder(prefix + QStringLiteral("current"));
                }
                const AppCommands app(m_config, *role, host, running);
                actions.append(run(audit.record(
                    QStringLiteral("Executed cmd '%1' on app version %2").arg(command, running),
                    {role->name})));
                actions.append(run(app.executeInExistingContainer(command)));
            } else {
                const QString image = version.isEmpty() ? QStringLiteral("latest") : version;
                const AppCommands app(m_config, *role, host, image);
                actions.append(run(audit.record(
                    QStringLiteral("Executed cmd '%1' on app version %2").arg(command, image))));
                actions.append(
                    run(app.executeInNewContainer(command, m_inputs.replacedSuffix.left(6))));
            }
        }
        exec.steps.append(
            step(QStringLiteral("app.exec"), tr("Run “%1”").arg(command), host, actions));
    }
    plan.stages.append(exec);
    return plan;
}

Result<Plan> PlanBuilder::accessoryExec(const QString &name, const QString &command,
                                        bool reuse) const
{
    const auto accessory = std::find_if(m_config.accessories.cbegin(), m_config.accessories.cend(),
                                        [&name](const Accessory &a) { return a.name == name; });
    if (accessory == m_config.accessories.cend())
        return fail(QStringLiteral("plan.no-accessory"),
                    tr("deploy.yml has no accessory “%1”.").arg(name));
    const AccessoryCommands commands(m_config, *accessory);
    Plan plan {QStringLiteral("accessory.exec"), {}};
    PlanStage exec;
    for (const QString &host : accessory->hosts) {
        exec.steps.append(step(QStringLiteral("accessory.exec"), tr("Run “%1”").arg(command), host,
                               {run(reuse ? commands.executeInExistingContainer(command)
                                          : commands.executeInNewContainer(command))}));
    }
    plan.stages.append(exec);
    return plan;
}

Result<Plan> PlanBuilder::appStart() const
{
    const AuditCommands audit(m_config, m_inputs.stamp);
    Plan plan {QStringLiteral("app.start"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    PlanStage start;
    for (const QString &host : m_config.appHosts()) {
        QList<PlanAction> actions;
        for (const Role *role : m_config.rolesOnHost(host)) {
            const AppCommands app(m_config, *role, host, m_inputs.version);
            const QString prefix = role->name + QLatin1Char('.');
            actions.append(
                run(audit.record(QStringLiteral("Started app version ") + m_inputs.version)));
            actions.append(runIgnoringFailure(app.start()));
            if (role->runsProxy) {
                const QString current = prefix + QStringLiteral("current");
                const QString id = prefix + QStringLiteral("container_id");
                actions.append(run(app.currentRunningVersion(), current));
                PlanAction lookup = run(app.containerIdForVersion(placeholder(current)), id);
                lookup.requireOutput = true;
                actions.append(lookup);
                actions.append(run(app.deploy(placeholder(id))));
            }
        }
        start.steps.append(step(QStringLiteral("app.start"), tr("Start the app"), host, actions));
    }
    plan.stages.append(start);
    plan.stages.append(releaseStage());
    return plan;
}

Result<Plan> PlanBuilder::accessoryBoot(const QString &name) const
{
    Plan plan {QStringLiteral("accessory.boot"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    const Result<QList<PlanStage>> stages = accessoryStages(name);
    if (!stages)
        return unexpected(stages.error());
    plan.stages.append(*stages);
    plan.stages.append(releaseStage());
    return plan;
}

Result<Plan> PlanBuilder::prune() const
{
    Plan plan {QStringLiteral("prune"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    plan.stages.append(pruneStages());
    plan.stages.append(releaseStage());
    return plan;
}

Result<Plan> PlanBuilder::lockAcquire(const QString &message) const
{
    Plan plan {QStringLiteral("lock.acquire"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(message));
    return plan;
}

Result<Plan> PlanBuilder::lockRelease() const
{
    Plan plan {QStringLiteral("lock.release"), {}};
    plan.stages.append(
        PlanStage {{step(QStringLiteral("lock.release"), tr("Release the deploy lock"),
                         m_config.primaryHost(), {run(LockCommands(m_config).release())})}});
    return plan;
}

Result<Plan> PlanBuilder::redeploy() const
{
    return deployPlan(QStringLiteral("redeploy"), false);
}

PlanStage PlanBuilder::bootstrapStage() const
{
    // Kamal's `server bootstrap`: `docker -v`; where it fails, Docker is installed with
    // get.docker.com when the user is root (or may sudo usermod), and a user who is not root
    // joins the docker group. Elsewhere the step fails on the permission check.
    const QString docker = QStringLiteral("docker_version");
    const QString failed = docker + QStringLiteral(".failed");
    const QString root = QStringLiteral("root");
    PlanAction version
        = runIgnoringFailure(Command {QStringLiteral("docker"), QStringLiteral("-v")}, docker);
    PlanAction permitted = run(Command::raw(
        QStringLiteral("[ \"${EUID:-$(id -u)}\" -eq 0 ] || sudo -nl usermod >/dev/null")));
    permitted.onlyIf = failed;
    PlanAction install = run(Command::pipe({Command::shell(Command::raw(QStringLiteral(
                                                "curl -fsSL https://get.docker.com || wget -O "
                                                "- https://get.docker.com || echo \"exit 1\""))),
                                            Command {QStringLiteral("sh")}}));
    install.onlyIf = failed;
    PlanAction isRoot
        = runIgnoringFailure(Command::raw(QStringLiteral("[ \"${EUID:-$(id -u)}\" -eq 0 ]")), root);
    isRoot.onlyIf = failed;
    PlanAction joinGroup
        = run(Command::raw(QStringLiteral("sudo -n usermod -aG docker \"${USER:-$(id -un)}\"")));
    joinGroup.onlyIf = root + QStringLiteral(".failed");
    PlanStage stage;
    for (const QString &host : m_config.allHosts()) {
        stage.steps.append(step(QStringLiteral("server.bootstrap"),
                                tr("Check that Docker is installed"), host,
                                {version, permitted, install, isRoot, joinGroup}));
    }
    return stage;
}

Result<Plan> PlanBuilder::setup() const
{
    Result<Plan> deployPlan = deploy();
    if (!deployPlan)
        return deployPlan;
    // Kamal holds one lock for the whole setup: taken first, then Docker is checked, then the
    // deploy runs inside it with the accessories booted right after kamal-proxy.
    Plan plan {QStringLiteral("setup"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    plan.stages.append(bootstrapStage());
    for (const PlanStage &stage : std::as_const(deployPlan->stages)) {
        const QString id = stage.steps.isEmpty() ? QString() : stage.steps.constFirst().id;
        if (id == QLatin1String("run-directory") || id == QLatin1String("lock.acquire")
            || id == QLatin1String("lock.release"))
            continue;
        plan.stages.append(stage);
        if (id == QLatin1String("proxy.boot")) {
            const Result<QList<PlanStage>> accessories = accessoryStages({});
            if (!accessories)
                return unexpected(accessories.error());
            plan.stages.append(*accessories);
        }
    }
    plan.stages.append(releaseStage());
    return plan;
}

QList<PlanAction> PlanBuilder::stopRoleActions(const Role &role, const QString &host) const
{
    const AuditCommands audit(m_config, m_inputs.stamp);
    const AppCommands app(m_config, role, host, m_inputs.version);
    const QString prefix = role.name + QLatin1Char('.');
    QList<PlanAction> actions {run(audit.record(QStringLiteral("Stopped app"), {role.name}))};
    if (role.runsProxy) {
        // Leave kamal-proxy only when the current container is found.
        actions.append(run(app.currentRunningVersion(), prefix + QStringLiteral("current")));
        actions.append(
            run(app.containerIdForVersion(placeholder(prefix + QStringLiteral("current"))),
                prefix + QStringLiteral("container_id"), prefix + QStringLiteral("current")));
        actions.append(run(app.remove(), {}, prefix + QStringLiteral("container_id")));
    }
    actions.append(runIgnoringFailure(app.stop()));
    return actions;
}

QList<PlanStage> PlanBuilder::appRemoveStages() const
{
    const AuditCommands audit(m_config, m_inputs.stamp);
    PlanStage stage;
    for (const QString &host : m_config.appHosts()) {
        QList<PlanAction> actions;
        const QList<const Role *> roles = m_config.rolesOnHost(host);
        // As Kamal: every role stopped first, then their containers removed.
        for (const Role *role : roles)
            actions.append(stopRoleActions(*role, host));
        for (const Role *role : roles) {
            const AppCommands app(m_config, *role, host, m_inputs.version);
            actions.append(
                run(audit.record(QStringLiteral("Removed all app containers"), {role->name})));
            actions.append(run(app.removeContainers()));
        }
        if (!roles.isEmpty()) {
            const AppCommands app(m_config, *roles.constFirst(), host, m_inputs.version);
            actions.append(run(audit.record(QStringLiteral("Removed all app images"))));
            actions.append(run(app.removeImages()));
        }
        actions.append(runIgnoringFailure(ServerCommands(m_config).removeAppDirectory()));
        actions.append(run(
            audit.record(QStringLiteral("Removed ")
                         + ServerCommands(m_config).removeAppDirectory().tokens().constLast())));
        actions.append(runIgnoringFailure(ProxyCommands(m_config).removeAppConfigDirectory()));
        stage.steps.append(step(QStringLiteral("app.remove"), tr("Remove the app"), host, actions));
    }
    return {stage};
}

Result<Plan> PlanBuilder::appRemove() const
{
    Plan plan {QStringLiteral("app.remove"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    plan.stages.append(appRemoveStages());
    plan.stages.append(releaseStage());
    return plan;
}

// Stop and remove the accessory's container, as Kamal's reboot and remove both begin.
QList<PlanAction> PlanBuilder::accessoryStopActions(const Accessory &accessory) const
{
    const AuditCommands audit(m_config, m_inputs.stamp);
    const AccessoryCommands commands(m_config, accessory);
    return {run(audit.record(QStringLiteral("Stopped %1 accessory").arg(accessory.name))),
            runIgnoringFailure(commands.stop()),
            run(audit.record(QStringLiteral("Remove %1 accessory container").arg(accessory.name))),
            run(commands.removeContainer())};
}

Result<QList<PlanStage>> PlanBuilder::accessoryRemoveStages(const QString &name) const
{
    const AuditCommands audit(m_config, m_inputs.stamp);
    QList<PlanStage> stages;
    for (const Accessory &accessory : m_config.accessories) {
        if (!name.isEmpty() && accessory.name != name)
            continue;
        const AccessoryCommands commands(m_config, accessory);
        PlanStage stage;
        for (const QString &host : accessory.hosts) {
            QList<PlanAction> actions = accessoryStopActions(accessory);
            actions.append(run(
                audit.record(QStringLiteral("Removed %1 accessory image").arg(accessory.name))));
            actions.append(runIgnoringFailure(commands.removeImage()));
            actions.append(run(commands.removeServiceDirectory()));
            stage.steps.append(step(QStringLiteral("accessory.remove"),
                                    tr("Remove accessory %1").arg(accessory.name), host, actions));
        }
        stages.append(stage);
    }
    if (stages.isEmpty() && !name.isEmpty())
        return fail(QStringLiteral("plan.accessory"),
                    tr("deploy.yml has no accessory “%1”.").arg(name));
    return stages;
}

Result<Plan> PlanBuilder::accessoryRemove(const QString &name) const
{
    Plan plan {QStringLiteral("accessory.remove"), {}};
    const Result<QList<PlanStage>> remove = accessoryRemoveStages(name);
    if (!remove)
        return unexpected(remove.error());
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    plan.stages.append(*remove);
    plan.stages.append(releaseStage());
    return plan;
}

Result<Plan> PlanBuilder::accessoryReboot(const QString &name) const
{
    const Result<Command> login = RegistryCommands(m_config).login(m_inputs.secrets);
    if (!login)
        return unexpected(login.error());
    const AuditCommands audit(m_config, m_inputs.stamp);
    Plan plan {QStringLiteral("accessory.reboot"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    bool found = false;
    for (const Accessory &accessory : m_config.accessories) {
        if (!name.isEmpty() && accessory.name != name)
            continue;
        found = true;
        // The new image first, so the accessory is down only for the restart.
        const AccessoryCommands commands(m_config, accessory);
        PlanStage stop;
        for (const QString &host : accessory.hosts) {
            QList<PlanAction> actions {
                run(*login), runIgnoringFailure(ServerCommands(m_config).createNetwork()),
                run(audit.record(QStringLiteral("Pull %1 accessory image").arg(accessory.name))),
                run(commands.pullImage())};
            actions.append(accessoryStopActions(accessory));
            stop.steps.append(step(QStringLiteral("accessory.stop"),
                                   tr("Stop accessory %1").arg(accessory.name), host, actions));
        }
        plan.stages.append(stop);
        const Result<QList<PlanStage>> boot = accessoryStages(accessory.name, false);
        if (!boot)
            return unexpected(boot.error());
        plan.stages.append(*boot);
    }
    if (!found)
        return fail(QStringLiteral("plan.accessory"),
                    tr("deploy.yml has no accessory “%1”.").arg(name));
    plan.stages.append(releaseStage());
    return plan;
}

Result<Plan> PlanBuilder::proxyBoot() const
{
    Plan plan {QStringLiteral("proxy.boot"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    const Result<QList<PlanStage>> proxy = proxyBootStages();
    if (!proxy)
        return unexpected(proxy.error());
    plan.stages.append(*proxy);
    plan.stages.append(releaseStage());
    return plan;
}

Result<PlanStage> PlanBuilder::proxyRebootStage() const
{
    const Result<Command> login = RegistryCommands(m_config).login(m_inputs.secrets);
    if (!login)
        return unexpected(login.error());
    const AuditCommands audit(m_config, m_inputs.stamp);
    const ProxyCommands proxy(m_config);
    PlanStage stage;
    for (const QString &host : m_config.proxyHosts()) {
        stage.steps.append(step(QStringLiteral("proxy.reboot"), tr("Restart kamal-proxy"), host,
                                {run(audit.record(QStringLiteral("Rebooted proxy"))), run(*login),
                                 runIgnoringFailure(proxy.stop()), run(proxy.removeContainer()),
                                 run(proxy.ensureAppsConfigDirectory()), run(proxy.run(host))}));
    }
    return stage;
}

Result<Plan> PlanBuilder::proxyReboot() const
{
    Plan plan {QStringLiteral("proxy.reboot"), {}};
    const Result<PlanStage> reboot = proxyRebootStage();
    if (!reboot)
        return unexpected(reboot.error());
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    plan.stages.append(*reboot);
    plan.stages.append(releaseStage());
    return plan;
}

PlanStage PlanBuilder::proxyRemoveStage(bool force) const
{
    const AuditCommands audit(m_config, m_inputs.stamp);
    const ProxyCommands proxy(m_config);
    PlanStage stage;
    for (const QString &host : m_config.proxyHosts()) {
        // As Kamal: left alone while other apps still have a directory under .kamal/apps.
        const QString apps = QStringLiteral("proxy.apps");
        QList<PlanAction> actions {runIgnoringFailure(proxy.countApps(), apps)};
        for (PlanAction action :
             {run(audit.record(QStringLiteral("Stopped proxy"))), runIgnoringFailure(proxy.stop()),
              run(audit.record(QStringLiteral("Removed proxy container"))),
              run(proxy.removeContainer()),
              run(audit.record(QStringLiteral("Removed proxy image"))), run(proxy.removeImage()),
              runIgnoringFailure(proxy.removeProxyDirectory())}) {
            if (!force)
                action.onlyIfZero = apps;
            actions.append(action);
        }
        stage.steps.append(
            step(QStringLiteral("proxy.remove"), tr("Remove kamal-proxy"), host, actions));
    }
    return stage;
}

Result<Plan> PlanBuilder::remove() const
{
    Plan plan {QStringLiteral("remove"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    plan.stages.append(appRemoveStages());
    plan.stages.append(proxyRemoveStage());
    if (!m_config.accessories.isEmpty()) {
        const Result<QList<PlanStage>> accessories = accessoryRemoveStages({});
        if (!accessories)
            return unexpected(accessories.error());
        plan.stages.append(*accessories);
    }
    PlanStage logout;
    for (const QString &host : m_config.allHosts()) {
        logout.steps.append(step(QStringLiteral("registry.logout"), tr("Log out of the registry"),
                                 host, {runIgnoringFailure(RegistryCommands(m_config).logout())}));
    }
    plan.stages.append(logout);
    plan.stages.append(releaseStage());
    return plan;
}

// The read-only views: one step per host, each action's output is what the user sees.

Result<Plan> PlanBuilder::appDetails() const
{
    Plan plan {QStringLiteral("app.details"), {}};
    PlanStage stage;
    for (const QString &host : m_config.appHosts()) {
        QList<PlanAction> actions;
        for (const Role *role : m_config.rolesOnHost(host))
            actions.append(run(AppCommands(m_config, *role, host, m_inputs.version).info()));
        stage.steps.append(repeatable(
            step(QStringLiteral("app.details"), tr("Show the app's containers"), host, actions)));
    }
    plan.stages.append(stage);
    return plan;
}

Plan PlanBuilder::onEachAppHost(const QString &id, const QString &title,
                                Command (AppCommands::*command)() const) const
{
    // Kamal asks each host once, through its first role (the filter is the service's).
    Plan plan {id, {}};
    PlanStage stage;
    for (const QString &host : m_config.appHosts()) {
        const QList<const Role *> roles = m_config.rolesOnHost(host);
        if (roles.isEmpty())
            continue;
        const AppCommands app(m_config, *roles.constFirst(), host, m_inputs.version);
        stage.steps.append(repeatable(step(id, title, host, {run((app.*command)())})));
    }
    plan.stages.append(stage);
    return plan;
}

Result<Plan> PlanBuilder::appContainers() const
{
    return onEachAppHost(QStringLiteral("app.containers"), tr("List the app's containers"),
                         &AppCommands::listContainers);
}

Result<Plan> PlanBuilder::appImages() const
{
    return onEachAppHost(QStringLiteral("app.images"), tr("List the app's images"),
                         &AppCommands::listImages);
}

namespace {

// Kamal's default amount: the last 100 lines (10 when following), none when --since or --grep
// narrow the output instead.
LogOptions withDefaultLines(LogOptions options)
{
    if (!options.lines && options.since.isEmpty() && options.grep.isEmpty())
        options.lines = options.follow ? 10 : 100;
    return options;
}

} // namespace

Result<Plan> PlanBuilder::appLogs(const LogOptions &options) const
{
    const LogOptions effective = withDefaultLines(options);
    Plan plan {QStringLiteral("app.logs"), {}};
    PlanStage stage;
    if (options.follow) {
        // As Kamal: the primary host, the primary role (its first role there when the
        // configuration was limited to others).
        const QString host = m_config.primaryHost();
        const QList<const Role *> roles = m_config.rolesOnHost(host);
        const Role *role = m_config.primaryRole() && roles.contains(m_config.primaryRole())
            ? m_config.primaryRole()
            : roles.value(0);
        if (role) {
            const AppCommands app(m_config, *role, host, m_inputs.version);
            stage.steps.append(step(QStringLiteral("app.logs"), tr("Follow the app's logs"), host,
                                    {run(app.logs(effective))}));
        }
    } else {
        for (const QString &host : m_config.appHosts()) {
            QList<PlanAction> actions;
            // Kamal says "Nothing found" where a role has no running container.
            for (const Role *role : m_config.rolesOnHost(host))
                actions.append(runIgnoringFailure(
                    AppCommands(m_config, *role, host, m_inputs.version).logs(effective)));
            stage.steps.append(repeatable(
                step(QStringLiteral("app.logs"), tr("Show the app's logs"), host, actions)));
        }
    }
    plan.stages.append(stage);
    return plan;
}

Result<Plan> PlanBuilder::appMaintenance() const
{
    Plan plan {QStringLiteral("app.maintenance"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    PlanStage stage;
    for (const QString &host : m_config.proxyHosts()) {
        QList<PlanAction> actions;
        for (const Role *role : m_config.rolesOnHost(host)) {
            if (role->runsProxy)
                actions.append(
                    run(AppCommands(m_config, *role, host, m_inputs.version).maintenance()));
        }
        stage.steps.append(step(QStringLiteral("app.maintenance"),
                                tr("Put the app in maintenance mode"), host, actions));
    }
    plan.stages.append(stage);
    plan.stages.append(releaseStage());
    return plan;
}

Result<Plan> PlanBuilder::appLive() const
{
    Plan plan {QStringLiteral("app.live"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    PlanStage stage;
    for (const QString &host : m_config.proxyHosts()) {
        QList<PlanAction> actions;
        for (const Role *role : m_config.rolesOnHost(host)) {
            if (role->runsProxy)
                actions.append(run(AppCommands(m_config, *role, host, m_inputs.version).live()));
        }
        stage.steps.append(
            step(QStringLiteral("app.live"), tr("Put the app live again"), host, actions));
    }
    plan.stages.append(stage);
    plan.stages.append(releaseStage());
    return plan;
}

Result<QList<const Accessory *>> PlanBuilder::accessoriesNamed(const QString &name) const
{
    QList<const Accessory *> found;
    for (const Accessory &accessory : m_config.accessories) {
        if (name.isEmpty() || accessory.name == name)
            found.append(&accessory);
    }
    if (found.isEmpty() && !name.isEmpty())
        return fail(QStringLiteral("plan.accessory"),
                    tr("deploy.yml has no accessory “%1”.").arg(name));
    return found;
}

Result<Plan> PlanBuilder::accessoryDetails(const QString &name) const
{
    const auto accessories = accessoriesNamed(name);
    if (!accessories)
        return unexpected(accessories.error());
    Plan plan {QStringLiteral("accessory.details"), {}};
    for (const Accessory *accessory : *accessories) {
        PlanStage stage;
        for (const QString &host : accessory->hosts) {
            stage.steps.append(repeatable(step(
                QStringLiteral("accessory.details"), tr("Show accessory %1").arg(accessory->name),
                host, {run(AccessoryCommands(m_config, *accessory).info())})));
        }
        plan.stages.append(stage);
    }
    return plan;
}

Result<Plan> PlanBuilder::accessoryLogs(const QString &name, const LogOptions &options) const
{
    const auto accessories = accessoriesNamed(name);
    if (!accessories)
        return unexpected(accessories.error());
    const LogOptions effective = withDefaultLines(options);
    Plan plan {QStringLiteral("accessory.logs"), {}};
    for (const Accessory *accessory : *accessories) {
        const AccessoryCommands commands(m_config, *accessory);
        PlanStage stage;
        // Following: the accessory's first host, as Kamal's ssh session does.
        const QStringList hosts = options.follow ? accessory->hosts.mid(0, 1) : accessory->hosts;
        for (const QString &host : hosts) {
            PlanStep logs = step(QStringLiteral("accessory.logs"),
                                 tr("Show the logs of accessory %1").arg(accessory->name), host,
                                 {run(commands.logs(effective))});
            logs.repeatable = !options.follow;
            stage.steps.append(logs);
        }
        plan.stages.append(stage);
    }
    return plan;
}

Result<Plan> PlanBuilder::accessoryStartOrStop(const QString &name, bool start) const
{
    const auto accessories = accessoriesNamed(name);
    if (!accessories)
        return unexpected(accessories.error());
    const AuditCommands audit(m_config, m_inputs.stamp);
    Plan plan {start ? QStringLiteral("accessory.start") : QStringLiteral("accessory.stop"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    for (const Accessory *accessory : *accessories) {
        const AccessoryCommands commands(m_config, *accessory);
        PlanStage stage;
        for (const QString &host : accessory->hosts) {
            // Kamal ignores a failing stop (the container may be gone already).
            const QList<PlanAction> actions = start
                ? QList<PlanAction> {run(audit.record(QStringLiteral("Started %1 accessory")
                                                          .arg(accessory->name))),
                                     run(commands.start())}
                : QList<PlanAction> {
                    run(audit.record(QStringLiteral("Stopped %1 accessory").arg(accessory->name))),
                    runIgnoringFailure(commands.stop())};
            stage.steps.append(
                step(start ? QStringLiteral("accessory.start") : QStringLiteral("accessory.stop"),
                     start ? tr("Start accessory %1").arg(accessory->name)
                           : tr("Stop accessory %1").arg(accessory->name),
                     host, actions));
        }
        plan.stages.append(stage);
    }
    plan.stages.append(releaseStage());
    return plan;
}

Result<Plan> PlanBuilder::accessoryStart(const QString &name) const
{
    return accessoryStartOrStop(name, true);
}

Result<Plan> PlanBuilder::accessoryStop(const QString &name) const
{
    return accessoryStartOrStop(name, false);
}

Result<Plan> PlanBuilder::proxyDetails() const
{
    Plan plan {QStringLiteral("proxy.details"), {}};
    PlanStage stage;
    for (const QString &host : m_config.proxyHosts()) {
        stage.steps.append(repeatable(step(QStringLiteral("proxy.details"), tr("Show kamal-proxy"),
                                           host, {run(ProxyCommands(m_config).info())})));
    }
    plan.stages.append(stage);
    return plan;
}

Result<Plan> PlanBuilder::proxyLogs(const LogOptions &options) const
{
    const LogOptions effective = withDefaultLines(options);
    Plan plan {QStringLiteral("proxy.logs"), {}};
    PlanStage stage;
    const QStringList hosts
        = options.follow ? QStringList {m_config.primaryHost()} : m_config.proxyHosts();
    for (const QString &host : hosts) {
        PlanStep logs = step(QStringLiteral("proxy.logs"), tr("Show kamal-proxy's logs"), host,
                             {run(ProxyCommands(m_config).logs(effective))});
        logs.repeatable = !options.follow;
        stage.steps.append(logs);
    }
    plan.stages.append(stage);
    return plan;
}

Result<Plan> PlanBuilder::proxyRemove(bool force) const
{
    Plan plan {QStringLiteral("proxy.remove"), {}};
    plan.stages.append(ensureRunDirectoryStage());
    plan.stages.append(lockStage(m_inputs.lockMessage));
    plan.stages.append(proxyRemoveStage(force));
    plan.stages.append(releaseStage());
    return plan;
}

Result<Plan> PlanBuilder::lockStatus() const
{
    Plan plan {QStringLiteral("lock.status"), {}};
    plan.stages.append(PlanStage {{repeatable(step(
        QStringLiteral("lock.status"), tr("Read the deploy lock"), m_config.primaryHost(),
        {runIgnoringFailure(LockCommands(m_config).status(), QStringLiteral("lock.status"))}))}});
    return plan;
}

} // namespace Berth::Kamal
