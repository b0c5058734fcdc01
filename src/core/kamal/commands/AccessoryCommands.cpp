#include "core/kamal/commands/AccessoryCommands.h"

namespace Berth::Kamal {

namespace {

QString docker()
{
    return QStringLiteral("docker");
}

QString parentDirectory(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral(".") : path.left(slash);
}

QString volume(const QString &hostPath, const AccessoryMount &mount)
{
    QString spec = hostPath + QLatin1Char(':') + mount.containerPath;
    if (!mount.options.isEmpty())
        spec += QLatin1Char(':') + mount.options;
    return spec;
}

} // namespace

QString AccessoryCommands::envDirectory() const
{
    return m_config.envDirectory() + QStringLiteral("/accessories");
}

QString AccessoryCommands::secretsPath() const
{
    return envDirectory() + QLatin1Char('/') + m_accessory.name + QStringLiteral(".env");
}

Result<QString> AccessoryCommands::secretsFileContent(const SecretValues &secrets) const
{
    return m_accessory.env.secretsFileContent(secrets);
}

QString AccessoryCommands::expandedHostPath(const AccessoryMount &mount)
{
    return mount.hostPath.startsWith(QLatin1Char('/')) ? mount.hostPath
                                                       : QStringLiteral("$PWD/") + mount.hostPath;
}

Command AccessoryCommands::ensureEnvDirectory() const
{
    return {QStringLiteral("mkdir"), QStringLiteral("-p"), envDirectory()};
}

QStringList AccessoryCommands::envArgs() const
{
    QStringList tokens = argumentize(QStringLiteral("--env"), m_accessory.env.clear);
    return tokens << QStringLiteral("--env-file") << secretsPath();
}

QStringList AccessoryCommands::volumeArgs() const
{
    QStringList volumes;
    for (const AccessoryMount &file : m_accessory.files)
        volumes.append(volume(QStringLiteral("$PWD/") + file.hostPath, file));
    for (const AccessoryMount &directory : m_accessory.directories)
        volumes.append(volume(expandedHostPath(directory), directory));
    volumes.append(m_accessory.volumes);
    return argumentize(QStringLiteral("--volume"), volumes);
}

Command AccessoryCommands::run(const QString &host) const
{
    Command command {docker(),
                     QStringLiteral("run"),
                     QStringLiteral("--name"),
                     m_accessory.serviceName,
                     QStringLiteral("--detach"),
                     QStringLiteral("--restart"),
                     m_accessory.restart,
                     QStringLiteral("--network"),
                     m_accessory.network};
    command.args(m_config.logging.args());
    if (!m_accessory.port.isEmpty()) {
        const QString port = m_accessory.port.contains(QLatin1Char(':'))
            ? m_accessory.port
            : m_accessory.port + QLatin1Char(':') + m_accessory.port;
        command.args({QStringLiteral("--publish"), port});
    }
    if (!host.isEmpty())
        command.args({QStringLiteral("--env"), QStringLiteral("KAMAL_HOST=\"%1\"").arg(host)});
    command.args(envArgs());
    command.args(volumeArgs());
    Arguments labels {{QStringLiteral("service"), m_accessory.serviceName}};
    labels.append(m_accessory.labels);
    command.args(argumentize(QStringLiteral("--label"), labels));
    command.args(optionize(m_accessory.options));
    command.arg(m_accessory.image);
    if (!m_accessory.cmd.isEmpty())
        command.arg(m_accessory.cmd);
    return command;
}

Command AccessoryCommands::info(bool all, bool quiet) const
{
    Command command {docker(), QStringLiteral("ps")};
    if (all)
        command.arg(QStringLiteral("-a"));
    if (quiet)
        command.arg(QStringLiteral("-q"));
    return command.args(
        {QStringLiteral("--filter"), QStringLiteral("label=service=") + m_accessory.serviceName});
}

Command AccessoryCommands::start() const
{
    return {docker(), QStringLiteral("container"), QStringLiteral("start"),
            m_accessory.serviceName};
}

Command AccessoryCommands::stop() const
{
    return {docker(), QStringLiteral("container"), QStringLiteral("stop"), m_accessory.serviceName};
}

Command AccessoryCommands::removeContainer() const
{
    return {docker(),
            QStringLiteral("container"),
            QStringLiteral("prune"),
            QStringLiteral("--force"),
            QStringLiteral("--filter"),
            QStringLiteral("label=service=") + m_accessory.serviceName};
}

Command AccessoryCommands::removeImage() const
{
    return {docker(), QStringLiteral("image"), QStringLiteral("rm"), QStringLiteral("--force"),
            m_accessory.image};
}

Command AccessoryCommands::removeServiceDirectory() const
{
    return {QStringLiteral("rm"), QStringLiteral("-rf"), m_accessory.serviceName};
}

Command AccessoryCommands::pullImage() const
{
    return {docker(), QStringLiteral("image"), QStringLiteral("pull"), m_accessory.image};
}

Command AccessoryCommands::logs(std::optional<int> lines) const
{
    return logs(LogOptions {lines, {}, {}, false});
}

Command AccessoryCommands::logs(const LogOptions &options) const
{
    Command command {docker(), QStringLiteral("logs"), m_accessory.serviceName};
    if (options.follow) {
        command.args({QStringLiteral("--timestamps"), QStringLiteral("--tail"),
                      QStringLiteral("10"), QStringLiteral("--follow"), QStringLiteral("2>&1")});
    } else {
        // Kamal builds these as " --since X" / " --tail N" strings, hence the double space on
        // the wire.
        if (!options.since.isEmpty())
            command.arg(QStringLiteral(" --since ") + options.since);
        if (options.lines)
            command.arg(QStringLiteral(" --tail ") + QString::number(*options.lines));
        command.args({QStringLiteral("--timestamps"), QStringLiteral("2>&1")});
    }
    return withGrep(command, options);
}

Command AccessoryCommands::executeInExistingContainer(const QString &command,
                                                      bool interactive) const
{
    Command exec {docker(), QStringLiteral("exec")};
    if (interactive)
        exec.arg(QStringLiteral("-it"));
    return exec.args({m_accessory.serviceName, command});
}

Command AccessoryCommands::executeInNewContainer(const QString &command, bool interactive) const
{
    Command run {docker(), QStringLiteral("run")};
    if (interactive)
        run.arg(QStringLiteral("-it"));
    run.args({QStringLiteral("--rm"), QStringLiteral("--network"), m_accessory.network});
    run.args(envArgs());
    run.args(volumeArgs());
    return run.args({m_accessory.image, command});
}

Command AccessoryCommands::makeFileDirectory(const AccessoryMount &file) const
{
    return {QStringLiteral("mkdir"), QStringLiteral("-p"), parentDirectory(file.hostPath)};
}

Command AccessoryCommands::chmodFile(const AccessoryMount &file) const
{
    return {QStringLiteral("chmod"), file.mode, file.hostPath};
}

Command AccessoryCommands::chownFile(const AccessoryMount &file) const
{
    if (file.owner.isEmpty())
        return {};
    return {QStringLiteral("chown"), file.owner, file.hostPath};
}

Command AccessoryCommands::makeDirectory(const AccessoryMount &directory) const
{
    return {QStringLiteral("mkdir"), QStringLiteral("-p"), expandedHostPath(directory)};
}

} // namespace Berth::Kamal
