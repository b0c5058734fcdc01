#include "engine/Operation.h"

#include "core/config/ConfigLoader.h"
#include "core/kamal/commands/AccessoryCommands.h"
#include "core/kamal/commands/AppCommands.h"
#include "core/kamal/commands/HostCommands.h"
#include "engine/HostConnector.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>

namespace Berth::Engine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Operation)
};

// `git ARGS` in the project; nullopt when git is missing or fails.
std::optional<QString> git(const QString &projectRoot, const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(projectRoot);
    process.start(QStringLiteral("git"), args);
    if (!process.waitForStarted(5000) || !process.waitForFinished(15000)
        || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString randomHex(int digits)
{
    QString hex;
    while (hex.size() < digits)
        hex += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16,
                                        QLatin1Char('0'));
    return hex.left(digits);
}

// Kamal::Utils.docker_arch: the deploying machine's architecture in Docker's words.
QString dockerArch()
{
    const QString cpu = QSysInfo::currentCpuArchitecture();
    if (cpu == QLatin1String("arm64"))
        return QStringLiteral("arm64");
    return QStringLiteral("amd64");
}

// Kamal's abbreviated version for KAMAL_SERVICE_VERSION: 7 characters of a plain SHA,
// anything with an underscore (…_uncommitted_…) as it is.
QString abbreviatedVersion(const QString &version)
{
    return version.contains(QLatin1Char('_')) ? version : version.left(7);
}

QString commandWord(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Deploy: return QStringLiteral("deploy");
    case OperationKind::Rollback:
    case OperationKind::Recover: return QStringLiteral("rollback");
    case OperationKind::Setup: return QStringLiteral("setup");
    case OperationKind::Redeploy: return QStringLiteral("redeploy");
    case OperationKind::Remove: return QStringLiteral("remove");
    case OperationKind::ProxyBoot:
    case OperationKind::ProxyReboot:
    case OperationKind::ProxyDetails:
    case OperationKind::ProxyLogs:
    case OperationKind::ProxyRemove: return QStringLiteral("proxy");
    case OperationKind::AppBoot:
    case OperationKind::AppStop:
    case OperationKind::AppStart:
    case OperationKind::AppRemove:
    case OperationKind::AppExec:
    case OperationKind::AppDetails:
    case OperationKind::AppContainers:
    case OperationKind::AppImages:
    case OperationKind::AppLogs:
    case OperationKind::AppMaintenance:
    case OperationKind::AppLive: return QStringLiteral("app");
    case OperationKind::AccessoryBoot:
    case OperationKind::AccessoryReboot:
    case OperationKind::AccessoryRemove:
    case OperationKind::AccessoryExec:
    case OperationKind::AccessoryDetails:
    case OperationKind::AccessoryLogs:
    case OperationKind::AccessoryStart:
    case OperationKind::AccessoryStop: return QStringLiteral("accessory");
    case OperationKind::Prune: return QStringLiteral("prune");
    case OperationKind::LockAcquire:
    case OperationKind::LockRelease:
    case OperationKind::LockStatus: return QStringLiteral("lock");
    }
    return {};
}

QString subcommandWord(OperationKind kind)
{
    switch (kind) {
    case OperationKind::AppBoot:
    case OperationKind::ProxyBoot:
    case OperationKind::AccessoryBoot: return QStringLiteral("boot");
    case OperationKind::ProxyReboot:
    case OperationKind::AccessoryReboot: return QStringLiteral("reboot");
    case OperationKind::AppRemove:
    case OperationKind::AccessoryRemove:
    case OperationKind::ProxyRemove: return QStringLiteral("remove");
    case OperationKind::AppStop:
    case OperationKind::AccessoryStop: return QStringLiteral("stop");
    case OperationKind::AppStart:
    case OperationKind::AccessoryStart: return QStringLiteral("start");
    case OperationKind::AppDetails:
    case OperationKind::AccessoryDetails:
    case OperationKind::ProxyDetails: return QStringLiteral("details");
    case OperationKind::AppLogs:
    case OperationKind::AccessoryLogs:
    case OperationKind::ProxyLogs: return QStringLiteral("logs");
    case OperationKind::AppContainers: return QStringLiteral("containers");
    case OperationKind::AppImages: return QStringLiteral("images");
    case OperationKind::AppMaintenance: return QStringLiteral("maintenance");
    case OperationKind::AppLive: return QStringLiteral("live");
    case OperationKind::LockStatus: return QStringLiteral("status");
    case OperationKind::LockAcquire: return QStringLiteral("acquire");
    case OperationKind::LockRelease: return QStringLiteral("release");
    case OperationKind::AppExec:
    case OperationKind::AccessoryExec: return QStringLiteral("exec");
    default: return {};
    }
}

// Whether the operation names the local version (git, or --version) as Kamal does: in the
// lock's details at least. These few work only on what is on the servers.
bool namesVersion(OperationKind kind)
{
    if (isReadOnly(kind))
        return false;
    switch (kind) {
    case OperationKind::Rollback:
    case OperationKind::Recover:
    case OperationKind::LockRelease:
    case OperationKind::Prune:
    case OperationKind::AppExec:
    case OperationKind::AccessoryExec: return false;
    default: return true;
    }
}

// Whether it cannot run without one: what builds, boots or starts a version of the app.
bool needsVersion(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Deploy:
    case OperationKind::Setup:
    case OperationKind::Redeploy:
    case OperationKind::AppBoot:
    case OperationKind::AppStart: return true;
    default: return false;
    }
}

} // namespace

bool isReadOnly(OperationKind kind)
{
    switch (kind) {
    case OperationKind::AppDetails:
    case OperationKind::AppContainers:
    case OperationKind::AppImages:
    case OperationKind::AppLogs:
    case OperationKind::AccessoryDetails:
    case OperationKind::AccessoryLogs:
    case OperationKind::ProxyDetails:
    case OperationKind::ProxyLogs:
    case OperationKind::LockStatus: return true;
    default: return false;
    }
}

namespace {

int stageWith(const Kamal::Plan &plan, const QString &stepId)
{
    for (int i = 0; i < plan.stages.size(); ++i) {
        for (const Kamal::PlanStep &step : plan.stages.at(i).steps) {
            if (step.id == stepId)
                return i;
        }
    }
    return -1;
}

} // namespace

void buildFromCleanClone(Kamal::Plan &plan, const Kamal::KamalConfig &config,
                         const QString &projectRoot, const QString &version)
{
    const int build = stageWith(plan, QStringLiteral("build"));
    if (build < 0 || !git(projectRoot, {QStringLiteral("rev-parse"), QStringLiteral("--git-dir")}))
        return; // not a repository: Kamal builds the folder as it is
    // One clone per project, kept between builds like Kamal's (fetch + reset is fast).
    const QString clones = QDir(QDir::tempPath()).filePath(QStringLiteral("berth-clones"));
    const QString name = QStringLiteral("%1-%2").arg(
        config.service,
        QString::fromLatin1(
            QCryptographicHash::hash(projectRoot.toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(12)));
    const QString directory = QDir(clones).filePath(name);
    const QString commit = version.section(QStringLiteral("_uncommitted_"), 0, 0);
    // Double quotes work for sh and for cmd.exe alike; these paths hold no quotes.
    const auto quoted = [](const QString &path) -> QString {
        return QLatin1Char('"') + QDir::toNativeSeparators(path) + QLatin1Char('"');
    };
    QList<Kamal::PlanAction> actions;
    const auto gitIn = [&](const QStringList &args) {
        Kamal::PlanAction action;
        action.command = Kamal::Command(
            QStringList {QStringLiteral("git"), QStringLiteral("-C"), quoted(directory)} + args);
        actions.append(action);
    };
    if (QFileInfo(directory).isDir()) {
        gitIn({QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
               quoted(projectRoot)});
        gitIn({QStringLiteral("fetch"), QStringLiteral("--quiet"), QStringLiteral("origin")});
    } else {
        QDir().mkpath(clones);
        Kamal::PlanAction clone;
        clone.command
            = Kamal::Command {QStringLiteral("git"),     QStringLiteral("clone"),
                              QStringLiteral("--quiet"), QStringLiteral("--recurse-submodules"),
                              quoted(projectRoot),       quoted(directory)};
        actions.append(clone);
    }
    gitIn({QStringLiteral("reset"), QStringLiteral("--quiet"), QStringLiteral("--hard"), commit});
    gitIn({QStringLiteral("clean"), QStringLiteral("-fdxq")});
    gitIn({QStringLiteral("submodule"), QStringLiteral("update"), QStringLiteral("--init"),
           QStringLiteral("--quiet")});
    Kamal::PlanStep step;
    step.id = QStringLiteral("build.clone");
    step.title = Text::tr("Make a clean copy of commit %1").arg(commit.left(7));
    step.actions = actions;
    plan.stages.insert(build, Kamal::PlanStage {{step}});
    // The build itself runs in the clone: uncommitted changes are not in the image, as with
    // Kamal.
    for (Kamal::PlanStep &buildStep : plan.stages[build + 1].steps) {
        for (Kamal::PlanAction &action : buildStep.actions)
            action.workingDirectory = directory;
    }
}

void addHooks(Kamal::Plan &plan, const Kamal::KamalConfig &config, const OperationRequest &request,
              const QString &version, const Kamal::Stamp &stamp)
{
    const QDir hooks(QDir(request.projectRoot).filePath(config.hooksPath));
    const auto present
        = [&hooks](const QString &name) { return QFileInfo(hooks.filePath(name)).isFile(); };
    // What Kamal puts in a hook's environment (reference §3.16); secrets only for the hooks
    // that get them.
    QList<std::pair<QString, QString>> base {
        {QStringLiteral("KAMAL_RECORDED_AT"), stamp.recordedAtText()},
        {QStringLiteral("KAMAL_PERFORMER"), stamp.performer},
        {QStringLiteral("KAMAL_VERSION"), version},
        {QStringLiteral("KAMAL_SERVICE_VERSION"),
         config.service + QLatin1Char('@') + abbreviatedVersion(version)},
        {QStringLiteral("KAMAL_SERVICE"), config.service},
        {QStringLiteral("KAMAL_HOSTS"), config.allHosts().join(QLatin1Char(','))},
        {QStringLiteral("KAMAL_COMMAND"), commandWord(request.kind)},
        {QStringLiteral("KAMAL_LOCK"), QStringLiteral("false")}};
    if (!request.destination.isEmpty())
        base.append({QStringLiteral("KAMAL_DESTINATION"), request.destination});
    if (const QString sub = subcommandWord(request.kind); !sub.isEmpty())
        base.append({QStringLiteral("KAMAL_SUBCOMMAND"), sub});
    const auto hookStep = [&](const QString &name, bool withSecrets, bool locked) {
        Kamal::PlanAction action;
        // Run as a program, from the project folder, as Kamal does.
        action.command = Kamal::Command {
            QLatin1Char('\'')
            + hooks.filePath(name).replace(QLatin1String("'"), QLatin1String("'\\''"))
            + QLatin1Char('\'')};
        action.environment = base;
        for (auto &[variable, value] : action.environment) {
            if (variable == QLatin1String("KAMAL_LOCK"))
                value = locked ? QStringLiteral("true") : QStringLiteral("false");
        }
        if (withSecrets) {
            for (auto it = request.secrets.cbegin(); it != request.secrets.cend(); ++it)
                action.environment.append({it.key(), it.value()});
        }
        if (name == QLatin1String("post-deploy"))
            action.environment.append(
                {QStringLiteral("KAMAL_RUNTIME"), QStringLiteral("{{runtime}}")});
        Kamal::PlanStep step;
        step.id = QStringLiteral("hook.") + name;
        step.title = Text::tr("Run the %1 hook").arg(name);
        step.actions = {action};
        return Kamal::PlanStage {{step}};
    };
    const bool deployLike = request.kind == OperationKind::Deploy
        || request.kind == OperationKind::Rollback || request.kind == OperationKind::Setup
        || request.kind == OperationKind::Redeploy;
    if (deployLike && present(QStringLiteral("post-deploy")))
        plan.stages.append(hookStep(QStringLiteral("post-deploy"), true, false));
    if (deployLike && present(QStringLiteral("pre-deploy"))) {
        const int lock = stageWith(plan, QStringLiteral("lock.acquire"));
        plan.stages.insert(lock + 1, hookStep(QStringLiteral("pre-deploy"), true, true));
    }
    // Kamal runs pre-build before it prepares the clean clone.
    const int clone = stageWith(plan, QStringLiteral("build.clone"));
    if (const int build = clone >= 0 ? clone : stageWith(plan, QStringLiteral("build"));
        build >= 0 && present(QStringLiteral("pre-build")))
        plan.stages.insert(build, hookStep(QStringLiteral("pre-build"), false, false));
    if (present(QStringLiteral("pre-connect")))
        plan.stages.prepend(hookStep(QStringLiteral("pre-connect"), true, false));
}

QStringList splitHosts(const QString &list)
{
    QStringList hosts;
    for (const QString &host : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const QString trimmed = host.trimmed(); !trimmed.isEmpty() && !hosts.contains(trimmed))
            hosts.append(trimmed);
    }
    return hosts;
}

std::optional<OperationRequest> execRequestFromWords(QStringList words)
{
    OperationRequest request;
    words.removeAll(QStringLiteral("-i"));
    words.removeAll(QStringLiteral("--interactive"));
    request.reuse = words.removeAll(QStringLiteral("--reuse")) > 0;
    for (const QString &option : {QStringLiteral("--version"), QStringLiteral("--roles")}) {
        if (const qsizetype at = words.indexOf(option); at >= 0 && at + 1 < words.size()) {
            (option == QLatin1String("--version") ? request.version : request.role)
                = words.at(at + 1);
            words.remove(at, 2);
        }
    }
    for (const QString &option : {QStringLiteral("--hosts"), QStringLiteral("-h")}) {
        if (const qsizetype at = words.indexOf(option); at >= 0 && at + 1 < words.size()) {
            request.hosts = splitHosts(words.at(at + 1));
            words.remove(at, 2);
        }
    }
    if (words.size() >= 3 && words.at(0) == QLatin1String("app")
        && words.at(1) == QLatin1String("exec")) {
        request.kind = OperationKind::AppExec;
        request.command = words.mid(2).join(QLatin1Char(' '));
        return request;
    }
    if (words.size() >= 4 && words.at(0) == QLatin1String("accessory")
        && words.at(1) == QLatin1String("exec") && request.role.isEmpty()) {
        request.kind = OperationKind::AccessoryExec;
        request.argument = words.at(2);
        request.command = words.mid(3).join(QLatin1Char(' '));
        return request;
    }
    return std::nullopt;
}

Result<Kamal::InteractiveSsh> interactiveExec(
    const std::shared_ptr<const Kamal::KamalConfig> &config, const OperationRequest &request,
    const HostKeyPolicy &policy, bool terminal)
{
    QString remote;
    QString host;
    if (request.kind == OperationKind::AppExec) {
        // Kamal's primary host; with the roles limited to one that is not the primary role,
        // that role's first host.
        host = config->primaryHost();
        if (host.isEmpty())
            host = config->appHosts().value(0);
        const Kamal::Role *role = config->rolesOnHost(host).value(0);
        if (!role)
            return fail(QStringLiteral("operation.no-host"),
                        Text::tr("deploy.yml names no host to run the command on."));
        QString version = request.version;
        if (request.reuse && version.isEmpty()) {
            // The running version, asked on the host first (as Kamal does).
            auto session = makeConnector(config, policy)(host);
            if (!session)
                return unexpected(session.error());
            const auto current
                = (*session)->exec(Kamal::AppCommands(*config, *role, host, QString())
                                       .currentRunningVersion()
                                       .toString());
            version = current ? QString::fromUtf8(current->standardOutput).trimmed() : QString();
            if (version.isEmpty())
                return fail(QStringLiteral("operation.not-running"),
                            Text::tr("No container of role %1 is running on %2: deploy first, or "
                                     "run the command in a new container.")
                                .arg(role->name, host));
        }
        const Kamal::AppCommands app(*config, *role, host,
                                     version.isEmpty() ? QStringLiteral("latest") : version);
        remote = (request.reuse ? app.executeInExistingContainer(request.command, true)
                                : app.executeInNewContainer(request.command, QString(), true))
                     .toString();
    } else if (request.kind == OperationKind::AccessoryExec) {
        const Kamal::Accessory *accessory = config->accessory(request.argument);
        if (!accessory || accessory->hosts.isEmpty())
            return fail(QStringLiteral("operation.no-accessory"),
                        Text::tr("deploy.yml has no accessory “%1”.").arg(request.argument));
        host = accessory->hosts.constFirst();
        const Kamal::AccessoryCommands commands(*config, *accessory);
        remote = (request.reuse ? commands.executeInExistingContainer(request.command, true)
                                : commands.executeInNewContainer(request.command, true))
                     .toString();
    } else {
        return fail(QStringLiteral("operation.not-exec"),
                    Text::tr("Only app exec and accessory exec run interactively."));
    }
    // Like Kamal: `docker … -it` with a terminal, `-i` when stdin is not one (a pipe, CI).
    if (!terminal)
        remote.replace(QStringLiteral(" -it "), QStringLiteral(" -i "));
    Kamal::InteractiveSsh ssh = Kamal::interactiveSsh(*config, host, remote);
    if (!policy.knownHostsFile.isEmpty()) {
        const QStringList option {QStringLiteral("-o"),
                                  QStringLiteral("UserKnownHostsFile=") + policy.knownHostsFile};
        ssh.arguments = option + ssh.arguments;
        ssh.commandLine.insert(4, option.join(QLatin1Char(' ')) + QLatin1Char(' '));
    }
    return ssh;
}

Result<QString> gitVersion(const QString &projectRoot)
{
    const auto head = git(projectRoot, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    if (!head || head->isEmpty())
        return fail(QStringLiteral("operation.no-git"),
                    Text::tr("%1 is not a git repository with a commit, so Berth cannot name the "
                             "version the way Kamal does. Commit your work, or give a version "
                             "(--version).")
                        .arg(QDir::toNativeSeparators(projectRoot)));
    const auto status = git(projectRoot, {QStringLiteral("status"), QStringLiteral("--porcelain")});
    if (status && !status->isEmpty())
        return QString(*head + QStringLiteral("_uncommitted_") + randomHex(16));
    return *head;
}

Kamal::Stamp currentStamp(const QString &projectRoot)
{
    Kamal::Stamp stamp;
    stamp.recordedAt = QDateTime::currentDateTimeUtc();
    stamp.performer = git(projectRoot, {QStringLiteral("config"), QStringLiteral("user.email")})
                          .value_or(QString());
    stamp.lockUser = git(projectRoot, {QStringLiteral("config"), QStringLiteral("user.name")})
                         .value_or(QString());
    if (stamp.lockUser.isEmpty())
        stamp.lockUser = QStringLiteral("Unknown");
    return stamp;
}

Result<ProjectConfig> loadProjectConfig(const QString &projectRoot, const QString &destination,
                                        const QHash<QString, QString> &projectVariables)
{
    const QString configFile = QDir(projectRoot).filePath(QStringLiteral("config/deploy.yml"));
    Config::LoadOptions options = Config::projectLoadOptions(configFile, destination);
    const auto processVariable = options.erb.variable;
    options.erb.variable
        = [&projectVariables, processVariable](const QString &name) -> std::optional<QString> {
        if (const auto it = projectVariables.constFind(name); it != projectVariables.cend())
            return *it;
        return processVariable(name);
    };
    const Config::LoadedConfig loaded = Config::loadConfig(options);
    ProjectConfig project;
    for (const Config::Diagnostic &diagnostic : loaded.diagnostics) {
        if (diagnostic.severity == Config::Severity::Error)
            return fail(
                QStringLiteral("operation.config"),
                Text::tr("Kamal would refuse this configuration: %1").arg(diagnostic.message),
                QStringLiteral("%1:%2")
                    .arg(diagnostic.location.file)
                    .arg(diagnostic.location.line));
        project.warnings.append(diagnostic);
    }
    if (loaded.unreadable())
        return fail(QStringLiteral("operation.config"),
                    Text::tr("The configuration cannot be read."));
    // A run never uses a value Berth guessed: Ruby code it does not evaluate stops it here.
    for (const Config::ConfigSource &source : loaded.sources) {
        for (const Config::ErbTag &tag : source.erb.tags) {
            if (tag.status == Config::ErbTag::Status::ComputedByRuby
                || tag.status == Config::ErbTag::Status::Failed)
                return fail(QStringLiteral("operation.ruby"),
                            Text::tr("%1 line %2 computes a value with Ruby code Berth does not "
                                     "run (%3). Replace it with a variable (ENV[\"NAME\"], set on "
                                     "the Secrets page), or run this with the kamal command.")
                                .arg(QFileInfo(source.path).fileName())
                                .arg(tag.line)
                                .arg(tag.code.left(60)));
        }
    }
    auto config = Kamal::KamalConfig::load(loaded.effective, destination);
    if (!config)
        return unexpected(config.error());
    project.config = std::make_shared<const Kamal::KamalConfig>(std::move(*config));
    return project;
}

std::optional<OperationRequest> requestFromWords(const QStringList &words)
{
    static const QHash<QString, OperationKind> app {
        {QStringLiteral("details"), OperationKind::AppDetails},
        {QStringLiteral("containers"), OperationKind::AppContainers},
        {QStringLiteral("images"), OperationKind::AppImages},
        {QStringLiteral("logs"), OperationKind::AppLogs},
        {QStringLiteral("maintenance"), OperationKind::AppMaintenance},
        {QStringLiteral("live"), OperationKind::AppLive}};
    static const QHash<QString, OperationKind> accessory {
        {QStringLiteral("details"), OperationKind::AccessoryDetails},
        {QStringLiteral("logs"), OperationKind::AccessoryLogs},
        {QStringLiteral("start"), OperationKind::AccessoryStart},
        {QStringLiteral("stop"), OperationKind::AccessoryStop}};
    static const QHash<QString, OperationKind> proxy {
        {QStringLiteral("details"), OperationKind::ProxyDetails},
        {QStringLiteral("logs"), OperationKind::ProxyLogs},
        {QStringLiteral("remove"), OperationKind::ProxyRemove}};
    const QString group = words.value(0);
    const QString verb = words.value(1);
    OperationRequest request;
    if (group == QLatin1String("app") && words.size() == 2 && app.contains(verb)) {
        request.kind = app.value(verb);
    } else if (group == QLatin1String("accessory") && words.size() == 3
               && accessory.contains(verb)) {
        // Kamal's logs follow one accessory; the others take `all` too.
        if (verb == QLatin1String("logs") && words.at(2) == QLatin1String("all"))
            return std::nullopt;
        request.kind = accessory.value(verb);
        request.argument = words.at(2);
    } else if (group == QLatin1String("proxy") && words.size() == 2 && proxy.contains(verb)) {
        request.kind = proxy.value(verb);
    } else if (group == QLatin1String("lock") && words.size() == 2
               && verb == QLatin1String("status")) {
        request.kind = OperationKind::LockStatus;
    } else {
        return std::nullopt;
    }
    return request;
}

Result<std::shared_ptr<const Kamal::KamalConfig>> limitToHosts(
    const std::shared_ptr<const Kamal::KamalConfig> &config, const QStringList &hosts)
{
    const QStringList known = config->appHosts();
    QStringList unknown;
    for (const QString &host : hosts) {
        if (!known.contains(host))
            unknown.append(host);
    }
    if (!unknown.isEmpty())
        return fail(QStringLiteral("operation.no-host"),
                    Text::tr("%1 is not a host of the app in deploy.yml (its hosts: %2).")
                        .arg(unknown.join(QStringLiteral(", ")), known.join(QStringLiteral(", "))));
    if (hosts.isEmpty())
        return config;
    auto limited = std::make_shared<Kamal::KamalConfig>(*config);
    for (Kamal::Role &role : limited->roles)
        role.hosts.removeIf([&hosts](const QString &host) { return !hosts.contains(host); });
    limited->roles.removeIf([](const Kamal::Role &role) { return role.hosts.isEmpty(); });
    return std::shared_ptr<const Kamal::KamalConfig>(std::move(limited));
}

Result<PreparedOperation> prepareOperation(const OperationRequest &request)
{
    auto project
        = loadProjectConfig(request.projectRoot, request.destination, request.projectVariables);
    if (!project)
        return unexpected(project.error());
    PreparedOperation prepared;
    prepared.config = project->config;
    prepared.warnings = project->warnings;
    if (request.kind == OperationKind::AppExec && !request.hosts.isEmpty()) {
        // Like `kamal app exec --hosts H1,H2`: hosts of deploy.yml, the others left out.
        auto limited = limitToHosts(prepared.config, request.hosts);
        if (!limited)
            return unexpected(limited.error());
        prepared.config = *limited;
    }
    if (request.kind == OperationKind::AppExec && !request.role.isEmpty()) {
        // Like `kamal app exec --roles ROLE`: the configuration as if it had only that role.
        if (!project->config->role(request.role))
            return fail(QStringLiteral("operation.no-role"),
                        Text::tr("deploy.yml has no role “%1”.").arg(request.role));
        auto limited = std::make_shared<Kamal::KamalConfig>(*prepared.config);
        limited->roles.removeIf(
            [&request](const Kamal::Role &role) { return role.name != request.role; });
        if (limited->roles.isEmpty())
            return fail(QStringLiteral("operation.no-host"),
                        Text::tr("No host of role %1 is among %2.")
                            .arg(request.role, request.hosts.join(QStringLiteral(", "))));
        prepared.config = std::move(limited);
    }

    if (request.kind == OperationKind::Recover) {
        prepared.version = request.argument; // the version the servers end on
    } else if (!request.version.isEmpty()) {
        prepared.version = request.version;
    } else if (namesVersion(request.kind)) {
        auto version = gitVersion(request.projectRoot);
        if (version)
            prepared.version = *version;
        else if (needsVersion(request.kind))
            return unexpected(version.error());
        // Else only the lock's "Version:" line would show it: Kamal would stop here, Berth
        // goes on without a git repository.
    }

    Kamal::PlanInputs inputs;
    inputs.version
        = request.kind == OperationKind::Rollback || request.kind == OperationKind::Recover
        ? request.argument
        : prepared.version;
    inputs.stamp = currentStamp(request.projectRoot);
    inputs.secrets = request.secrets;
    inputs.dockerArch = dockerArch();
    inputs.hostnameSuffix = randomHex(12);
    inputs.replacedSuffix = randomHex(16);
    inputs.skipPush = request.skipPush;
    if (request.kind == OperationKind::LockAcquire && !request.argument.isEmpty())
        inputs.lockMessage = request.argument;
    // Accessory files are read here; files ending in .erb are rendered with the accessory's
    // variables by Kamal, which Berth does not do yet: refuse rather than upload a template.
    for (const Kamal::Accessory &accessory : prepared.config->accessories) {
        for (const Kamal::AccessoryMount &file : accessory.files) {
            const QString path = QDir(request.projectRoot).filePath(file.localPath);
            if (file.localPath.endsWith(QLatin1String("erb")))
                return fail(QStringLiteral("operation.erb-file"),
                            Text::tr("The accessory “%1” uploads %2, an ERB template; Berth does "
                                     "not render those yet. Use the kamal command for it.")
                                .arg(accessory.name, file.localPath));
            QFile local(path);
            if (!local.open(QIODevice::ReadOnly))
                return fail(
                    QStringLiteral("operation.file"),
                    Text::tr("The accessory “%1” uploads %2, which cannot be read: %3")
                        .arg(accessory.name, QDir::toNativeSeparators(path), local.errorString()));
            inputs.accessoryFiles.insert(file.localPath, QString::fromUtf8(local.readAll()));
        }
    }

    const Kamal::PlanBuilder builder(*prepared.config, inputs);
    Result<Kamal::Plan> plan = fail(QStringLiteral("operation.unknown"), QString());
    switch (request.kind) {
    case OperationKind::Deploy: plan = builder.deploy(); break;
    case OperationKind::Rollback: plan = builder.rollback(request.argument); break;
    case OperationKind::AppBoot: plan = builder.appBoot(); break;
    case OperationKind::AppStop: plan = builder.appStop(); break;
    case OperationKind::AppStart: plan = builder.appStart(); break;
    case OperationKind::AccessoryBoot: plan = builder.accessoryBoot(request.argument); break;
    case OperationKind::Prune: plan = builder.prune(); break;
    case OperationKind::LockAcquire: plan = builder.lockAcquire(inputs.lockMessage); break;
    case OperationKind::LockRelease: plan = builder.lockRelease(); break;
    case OperationKind::AppExec:
        plan = builder.appExec(request.command, request.reuse, request.version);
        break;
    case OperationKind::AccessoryExec:
        plan = builder.accessoryExec(request.argument, request.command, request.reuse);
        break;
    case OperationKind::Setup: plan = builder.setup(); break;
    case OperationKind::Redeploy: plan = builder.redeploy(); break;
    case OperationKind::AppRemove: plan = builder.appRemove(); break;
    case OperationKind::AccessoryReboot: plan = builder.accessoryReboot(request.argument); break;
    case OperationKind::AccessoryRemove: plan = builder.accessoryRemove(request.argument); break;
    case OperationKind::ProxyBoot: plan = builder.proxyBoot(); break;
    case OperationKind::ProxyReboot: plan = builder.proxyReboot(); break;
    case OperationKind::Remove: plan = builder.remove(); break;
    case OperationKind::AppDetails: plan = builder.appDetails(); break;
    case OperationKind::AppContainers: plan = builder.appContainers(); break;
    case OperationKind::AppImages: plan = builder.appImages(); break;
    case OperationKind::AppLogs: plan = builder.appLogs(request.logs); break;
    case OperationKind::AppMaintenance: plan = builder.appMaintenance(); break;
    case OperationKind::AppLive: plan = builder.appLive(); break;
    case OperationKind::AccessoryDetails: plan = builder.accessoryDetails(request.argument); break;
    case OperationKind::AccessoryLogs:
        plan = builder.accessoryLogs(request.argument, request.logs);
        break;
    case OperationKind::AccessoryStart: plan = builder.accessoryStart(request.argument); break;
    case OperationKind::AccessoryStop: plan = builder.accessoryStop(request.argument); break;
    case OperationKind::ProxyDetails: plan = builder.proxyDetails(); break;
    case OperationKind::ProxyLogs: plan = builder.proxyLogs(request.logs); break;
    case OperationKind::ProxyRemove: plan = builder.proxyRemove(request.force); break;
    case OperationKind::LockStatus: plan = builder.lockStatus(); break;
    case OperationKind::Recover:
        plan = builder.settle(request.argument, request.hosts, request.releaseOwnLock);
        break;
    }
    if (!plan)
        return unexpected(plan.error());
    prepared.plan = std::move(*plan);
    if (stageWith(prepared.plan, QStringLiteral("lock.acquire")) >= 0)
        prepared.lockDetails
            = Kamal::LockCommands::details(inputs.lockMessage, inputs.version, inputs.stamp);
    if ((request.kind == OperationKind::Deploy || request.kind == OperationKind::Setup
         || request.kind == OperationKind::Redeploy)
        && !request.skipPush && prepared.config->builder.context.isEmpty())
        buildFromCleanClone(prepared.plan, *prepared.config, request.projectRoot, prepared.version);
    addHooks(prepared.plan, *prepared.config, request, inputs.version, inputs.stamp);
    return prepared;
}

} // namespace Berth::Engine
