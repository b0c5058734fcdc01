#include "core/kamal/commands/AppCommands.h"

#include "core/kamal/commands/ProxyCommands.h"

#include <algorithm>

namespace Berth::Kamal {

namespace {

QString docker()
{
    return QStringLiteral("docker");
}

} // namespace

AppCommands::AppCommands(const KamalConfig &config, const Role &role, QString host, QString version)
    : m_config(config)
    , m_role(role)
    , m_host(std::move(host))
    , m_version(std::move(version))
{ }

QString AppCommands::containerHostname(const QString &host, const QString &hexSuffix)
{
    QString name = host.left(51);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name + QLatin1Char('-') + hexSuffix;
}

QString AppCommands::containerName(const QString &version) const
{
    return m_role.containerPrefix + QLatin1Char('-') + (version.isEmpty() ? m_version : version);
}

QString AppCommands::envDirectory() const
{
    return m_config.envDirectory() + QStringLiteral("/roles");
}

QString AppCommands::secretsPath() const
{
    return envDirectory() + QLatin1Char('/') + m_role.name + QStringLiteral(".env");
}

Result<QString> AppCommands::secretsFileContent(const SecretValues &secrets) const
{
    return m_config.roleEnv(m_role, m_host).secretsFileContent(secrets);
}

Command AppCommands::ensureEnvDirectory() const
{
    return {QStringLiteral("mkdir"), QStringLiteral("-p"), envDirectory()};
}

QStringList AppCommands::envArgs() const
{
    QStringList tokens
        = argumentize(QStringLiteral("--env"), m_config.roleEnv(m_role, m_host).clear);
    return tokens << QStringLiteral("--env-file") << secretsPath();
}

Command AppCommands::run(const QString &hostname) const
{
    const QString name = containerName();
    Command command {docker(),
                     QStringLiteral("run"),
                     QStringLiteral("--detach"),
                     QStringLiteral("--restart"),
                     m_role.restart,
                     QStringLiteral("--name"),
                     name,
                     QStringLiteral("--network"),
                     QStringLiteral("kamal")};
    if (!hostname.isEmpty())
        command.args({QStringLiteral("--hostname"), hostname});
    command.args({QStringLiteral("--env"), QStringLiteral("KAMAL_CONTAINER_NAME=\"%1\"").arg(name),
                  QStringLiteral("--env"), QStringLiteral("KAMAL_VERSION=\"%1\"").arg(m_version),
                  QStringLiteral("--env"), QStringLiteral("KAMAL_HOST=\"%1\"").arg(m_host)});
    if (!m_config.destination.isEmpty())
        command.args({QStringLiteral("--env"),
                      QStringLiteral("KAMAL_DESTINATION=\"%1\"").arg(m_config.destination)});
    command.args(envArgs());
    command.args(m_role.logging.args());
    command.args(argumentize(QStringLiteral("--volume"), m_config.volumes));
    if (m_role.runsProxy && !m_role.assetPath.isEmpty()) {
        command.args({QStringLiteral("--volume"),
                      QStringLiteral("$PWD/") + m_config.appsDirectory()
                          + QStringLiteral("/assets/volumes/") + m_role.name + QLatin1Char('-')
                          + m_version + QLatin1Char(':') + m_role.assetPath});
    }
    Arguments labels {{QStringLiteral("service"), m_config.service},
                      {QStringLiteral("role"), m_role.name},
                      {QStringLiteral("destination"), m_config.destination}};
    for (const Argument &label : m_role.labels) {
        auto it = std::find_if(labels.begin(), labels.end(),
                               [&](const Argument &a) { return a.key == label.key; });
        if (it != labels.end())
            *it = label;
        else
            labels.append(label);
    }
    command.args(argumentize(QStringLiteral("--label"), labels));
    command.args(optionize(m_role.options));
    command.arg(m_config.absoluteImage(m_version));
    if (!m_role.cmd.isEmpty())
        command.arg(m_role.cmd);
    return command;
}

Command AppCommands::start() const
{
    return {docker(), QStringLiteral("start"), containerName()};
}

Command AppCommands::stop(const QString &version) const
{
    Command stop {docker(), QStringLiteral("stop")};
    if (const std::optional<int> timeout = m_config.stopTimeoutFor(m_role))
        stop.args({QStringLiteral("-t"), QString::number(*timeout)});
    return Command::pipe(
        {version.isEmpty() ? currentRunningContainerId() : containerIdForVersion(version),
         Command::xargs(stop)});
}

Command AppCommands::info() const
{
    Command command {docker(), QStringLiteral("ps")};
    return command.args(filterArgs(false));
}

Command AppCommands::status(const QString &version) const
{
    return Command::pipe(
        {containerIdForVersion(version),
         Command::xargs(Command {docker(), QStringLiteral("inspect"), QStringLiteral("--format"),
                                 QStringLiteral("'{{if .State.Health}}{{.State.Health.Status}}"
                                                "{{else}}{{.State.Status}}{{end}}'")})});
}

Command AppCommands::containerIdForVersion(const QString &version, bool onlyRunning) const
{
    Command command {docker(), QStringLiteral("container"), QStringLiteral("ls")};
    if (!onlyRunning)
        command.arg(QStringLiteral("--all"));
    return command.args({QStringLiteral("--filter"),
                         QStringLiteral("'name=^") + containerName(version) + QStringLiteral("$'"),
                         QStringLiteral("--quiet")});
}

QStringList AppCommands::filterArgs(bool activeOnly) const
{
    QStringList filters {QStringLiteral("label=service=") + m_config.service,
                         QStringLiteral("label=destination=") + m_config.destination,
                         QStringLiteral("label=role=") + m_role.name};
    if (activeOnly)
        filters << QStringLiteral("status=running") << QStringLiteral("status=restarting");
    return argumentize(QStringLiteral("--filter"), filters);
}

Command AppCommands::latestContainer(const QStringList &format) const
{
    // Prefer the newest active container of the image tagged latest, else the newest active.
    Command tagged {docker(), QStringLiteral("ps"), QStringLiteral("--latest")};
    tagged.args(format).args(filterArgs(true));
    tagged.args({QStringLiteral("--filter"),
                 QStringLiteral("ancestor=$(docker image ls --filter reference=")
                     + m_config.latestImage() + QStringLiteral(" --format '{{.ID}}')")});
    Command any {docker(), QStringLiteral("ps"), QStringLiteral("--latest")};
    any.args(format).args(filterArgs(true));
    return Command::pipe({Command::shell(Command::chain({tagged, any})),
                          Command {QStringLiteral("head"), QStringLiteral("-1")}});
}

Command AppCommands::extractVersionFromName() const
{
    return {QStringLiteral("while"),
            QStringLiteral("read"),
            QStringLiteral("line;"),
            QStringLiteral("do"),
            QStringLiteral("echo"),
            QStringLiteral("${line#") + m_role.containerPrefix + QStringLiteral("-};"),
            QStringLiteral("done")};
}

Command AppCommands::currentRunningContainerId() const
{
    return latestContainer({QStringLiteral("--quiet")});
}

Command AppCommands::currentRunningVersion() const
{
    return Command::pipe(
        {latestContainer({QStringLiteral("--format"), QStringLiteral("'{{.Names}}'")}),
         extractVersionFromName()});
}

Command AppCommands::routedVersion() const
{
    const Command inspect {docker(), QStringLiteral("inspect"), QStringLiteral("--format"),
                           QStringLiteral("'{{.Name}}'")};
    return Command::pipe(
        {ProxyCommands(m_config).routedContainerId(m_role.containerPrefix),
         {QStringLiteral("head"), QStringLiteral("-1")},
         Command {QStringLiteral("xargs"), QStringLiteral("-r")}.append(inspect),
         {QStringLiteral("while"), QStringLiteral("read"), QStringLiteral("line;"),
          QStringLiteral("do"), QStringLiteral("echo"),
          QStringLiteral("${line#/") + m_role.containerPrefix + QStringLiteral("-};"),
          QStringLiteral("done")}});
}

Command AppCommands::listVersions() const
{
    Command list {docker(), QStringLiteral("ps")};
    list.args(filterArgs(false))
        .args({QStringLiteral("--format"), QStringLiteral("\"{{.Names}}\"")});
    return Command::pipe({list, extractVersionFromName()});
}

Command AppCommands::listContainers() const
{
    return {docker(),
            QStringLiteral("container"),
            QStringLiteral("ls"),
            QStringLiteral("--all"),
            QStringLiteral("--filter"),
            QStringLiteral("label=service=") + m_config.service,
            QStringLiteral("--filter"),
            QStringLiteral("label=destination=") + m_config.destination};
}

Command AppCommands::listImages() const
{
    return {docker(), QStringLiteral("image"), QStringLiteral("ls"), m_config.repository()};
}

Command AppCommands::renameContainer(const QString &version, const QString &newVersion) const
{
    return {docker(), QStringLiteral("rename"), containerName(version), containerName(newVersion)};
}

Command AppCommands::removeContainer(const QString &version) const
{
    return Command::pipe(
        {containerIdForVersion(version),
         Command::xargs(Command {docker(), QStringLiteral("container"), QStringLiteral("rm")})});
}

Command AppCommands::removeContainers() const
{
    Command command {docker(), QStringLiteral("container"), QStringLiteral("prune"),
                     QStringLiteral("--force")};
    return command.args(filterArgs(false));
}

Command AppCommands::removeImages() const
{
    return {docker(),
            QStringLiteral("image"),
            QStringLiteral("prune"),
            QStringLiteral("--all"),
            QStringLiteral("--force"),
            QStringLiteral("--filter"),
            QStringLiteral("label=service=") + m_config.service};
}

Command AppCommands::tagLatestImage() const
{
    return {docker(), QStringLiteral("tag"), m_config.absoluteImage(m_version),
            m_config.latestImage()};
}

Command AppCommands::logs(std::optional<int> lines) const
{
    return logs(LogOptions {lines, {}, {}, false});
}

Command AppCommands::logs(const LogOptions &options) const
{
    Command logs {docker(), QStringLiteral("logs"), QStringLiteral("--timestamps")};
    if (!options.since.isEmpty() && !options.follow)
        logs.args({QStringLiteral("--since"), options.since});
    if (options.lines)
        logs.args({QStringLiteral("--tail"), QString::number(*options.lines)});
    if (options.follow)
        logs.arg(QStringLiteral("--follow"));
    logs.arg(QStringLiteral("2>&1"));
    return withGrep(Command::pipe({currentRunningContainerId(), Command::xargs(logs)}), options);
}

Command AppCommands::executeInExistingContainer(const QString &command, bool interactive) const
{
    Command exec {docker(), QStringLiteral("exec")};
    if (interactive)
        exec.arg(QStringLiteral("-it"));
    return exec.args({containerName(), command});
}

Command AppCommands::executeInNewContainer(const QString &command, const QString &hexSuffix,
                                           bool interactive) const
{
    Command run {docker(), QStringLiteral("run")};
    if (interactive)
        run.arg(QStringLiteral("-it"));
    run.args({QStringLiteral("--rm"), QStringLiteral("--name"),
              m_role.containerPrefix + QStringLiteral("-exec-") + m_version + QLatin1Char('-')
                  + hexSuffix,
              QStringLiteral("--network"), QStringLiteral("kamal")});
    run.args(envArgs());
    run.args(m_role.logging.args());
    run.args(argumentize(QStringLiteral("--volume"), m_config.volumes));
    run.args(optionize(m_role.options));
    return run.args({m_config.absoluteImage(m_version), command});
}

Command AppCommands::deploy(const QString &target) const
{
    return ProxyCommands(m_config).deploy(m_role.containerPrefix, m_role.proxy, target, m_role.name,
                                          m_version);
}

Command AppCommands::remove() const
{
    return ProxyCommands(m_config).remove(m_role.containerPrefix);
}

Command AppCommands::maintenance() const
{
    return ProxyCommands(m_config).stopService(m_role.containerPrefix);
}

Command AppCommands::live() const
{
    return ProxyCommands(m_config).resumeService(m_role.containerPrefix);
}

} // namespace Berth::Kamal
