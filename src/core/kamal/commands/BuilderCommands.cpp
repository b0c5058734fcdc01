#include "core/kamal/commands/BuilderCommands.h"

#include <QRegularExpression>

namespace Berth::Kamal {

namespace {

QString docker()
{
    return QStringLiteral("docker");
}

QString buildx()
{
    return QStringLiteral("buildx");
}

} // namespace

BuilderCommands::BuilderCommands(const KamalConfig &config, QString version, QString dockerArch)
    : m_config(config)
    , m_version(std::move(version))
    , m_dockerArch(std::move(dockerArch))
    , m_kind(config.builder.kind(m_dockerArch))
{ }

bool BuilderCommands::isRemote() const
{
    return m_kind == Builder::Kind::Remote || m_kind == Builder::Kind::Hybrid;
}

QString BuilderCommands::builderName() const
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9_-]"));
    const Builder &builder = m_config.builder;
    QString remote = builder.remote;
    remote.replace(unsafe, QStringLiteral("-"));
    const bool localRegistry = m_config.registry.isLocal();
    switch (m_kind) {
    case Builder::Kind::Remote:
        return QStringLiteral("kamal-remote-") + remote
            + (localRegistry ? QStringLiteral("-local-registry") : QString());
    case Builder::Kind::Hybrid:
        return QStringLiteral("kamal-hybrid-") + builder.driver + QLatin1Char('-') + remote;
    case Builder::Kind::Cloud: {
        QString name = builder.driver;
        name.replace(QRegularExpression(QStringLiteral("[ /]")), QStringLiteral("-"));
        return name;
    }
    case Builder::Kind::Local:
    case Builder::Kind::Pack: break;
    }
    return (localRegistry ? QStringLiteral("kamal-local-registry-")
                          : QStringLiteral("kamal-local-"))
        + builder.driver;
}

QString BuilderCommands::contextName() const
{
    return builderName() + QStringLiteral("-context");
}

QString BuilderCommands::platforms(const QStringList &arches) const
{
    QStringList list;
    for (const QString &arch : arches)
        list.append(QStringLiteral("linux/") + arch);
    return list.join(QLatin1Char(','));
}

Command BuilderCommands::ensureDockerInstalled() const
{
    return Command::combine({Command {docker(), QStringLiteral("--version")},
                             Command {docker(), buildx(), QStringLiteral("version")}});
}

Command BuilderCommands::create() const
{
    const Builder &builder = m_config.builder;
    const Command context {docker(),
                           QStringLiteral("context"),
                           QStringLiteral("create"),
                           contextName(),
                           QStringLiteral("--description"),
                           QStringLiteral("'") + builderName() + QStringLiteral(" host'"),
                           QStringLiteral("--docker"),
                           QStringLiteral("'host=") + builder.remote + QLatin1Char('\'')};
    switch (m_kind) {
    case Builder::Kind::Remote:
        return Command::chain({context,
                               Command {docker(), buildx(), QStringLiteral("create"),
                                        QStringLiteral("--name"), builderName(), contextName()}});
    case Builder::Kind::Hybrid:
        return Command::chain(
            {Command {docker(), buildx(), QStringLiteral("create"), QStringLiteral("--platform"),
                      platforms(builder.localArches(m_dockerArch)), QStringLiteral("--name"),
                      builderName(), QStringLiteral("--driver=") + builder.driver},
             context,
             Command {docker(), buildx(), QStringLiteral("create"), QStringLiteral("--platform"),
                      platforms(builder.remoteArches(m_dockerArch)), QStringLiteral("--append"),
                      QStringLiteral("--name"), builderName(), contextName()}});
    case Builder::Kind::Local:
    case Builder::Kind::Pack:
    case Builder::Kind::Cloud: break;
    }
    if (builder.driver == QLatin1String("docker"))
        return {};
    return {docker(),
            buildx(),
            QStringLiteral("create"),
            QStringLiteral("--name"),
            builderName(),
            QStringLiteral("--driver=") + builder.driver};
}

Command BuilderCommands::remove() const
{
    const Command rm {docker(), buildx(), QStringLiteral("rm"), builderName()};
    if (isRemote())
        return Command::chain(
            {Command {docker(), QStringLiteral("context"), QStringLiteral("rm"), contextName()},
             rm});
    return m_config.builder.driver == QLatin1String("docker") ? Command() : rm;
}

Command BuilderCommands::inspectBuilder() const
{
    Command inspect {docker(), buildx(), QStringLiteral("inspect"), builderName()};
    if (!isRemote())
        return inspect;
    const Command endpoint
        = Command::pipe({inspect,
                         Command {QStringLiteral("grep"), QStringLiteral("-q"),
                                  QStringLiteral("Endpoint:.*") + contextName()}});
    const Command host = Command::pipe(
        {Command {docker(), QStringLiteral("context"), QStringLiteral("inspect"), contextName(),
                  QStringLiteral("--format"), QStringLiteral("'{{.Endpoints.docker.Host}}'")},
         Command {QStringLiteral("grep"), QStringLiteral("-xq"), m_config.builder.remote}});
    return Command::any(
        {Command::combine({endpoint, host}),
         Command {QStringLiteral("(echo"), QStringLiteral("no"), QStringLiteral("compatible"),
                  QStringLiteral("builder"), QStringLiteral("&&"), QStringLiteral("exit"),
                  QStringLiteral("1)")}});
}

Command BuilderCommands::push() const
{
    const Builder &builder = m_config.builder;
    Command command {docker(), buildx(), QStringLiteral("build"),
                     QStringLiteral("--output=type=registry")};
    if (!builder.arches.isEmpty())
        command.args({QStringLiteral("--platform"), platforms(builder.arches)});
    if (builder.driver != QLatin1String("docker") || isRemote())
        command.args({QStringLiteral("--builder"), builderName()});
    command.args({QStringLiteral("-t"), m_config.absoluteImage(m_version), QStringLiteral("-t"),
                  m_config.latestImage()});
    if (builder.cache && !builder.cache->type.isEmpty()) {
        const BuilderCache &cache = *builder.cache;
        const QString image = m_config.registry.server.isEmpty()
            ? (cache.image.isEmpty() ? m_config.image + QStringLiteral("-build-cache")
                                     : cache.image)
            : m_config.registry.server + QLatin1Char('/')
                + (cache.image.isEmpty() ? m_config.image + QStringLiteral("-build-cache")
                                         : cache.image);
        QStringList to {QStringLiteral("type=") + cache.type};
        QStringList from {QStringLiteral("type=") + cache.type};
        if (cache.type == QLatin1String("registry")) {
            to.append(QStringLiteral("ref=") + image);
            from.append(QStringLiteral("ref=") + image);
        }
        if (!cache.options.isEmpty())
            to.append(cache.options);
        command.args({QStringLiteral("--cache-to"), to.join(QLatin1Char(',')),
                      QStringLiteral("--cache-from"), from.join(QLatin1Char(','))});
    }
    command.args(argumentize(QStringLiteral("--label"),
                             Arguments {{QStringLiteral("service"), m_config.service}}));
    command.args(argumentize(QStringLiteral("--build-arg"), builder.args));
    Arguments secrets;
    for (const QString &secret : builder.secrets)
        secrets.append({QStringLiteral("id"), secret});
    command.args(argumentize(QStringLiteral("--secret"), secrets));
    command.args({QStringLiteral("--file"), builder.dockerfile});
    if (!builder.target.isEmpty())
        command.args({QStringLiteral("--target"), builder.target});
    if (!builder.ssh.isEmpty())
        command.args({QStringLiteral("--ssh"), builder.ssh});
    if (!builder.provenance.isEmpty())
        command.args({QStringLiteral("--provenance"), builder.provenance});
    if (!builder.sbom.isEmpty())
        command.args({QStringLiteral("--sbom"), builder.sbom});
    command.arg(builder.context.isEmpty() ? QStringLiteral(".") : builder.context);
    command.arg(QStringLiteral("2>&1"));
    return command;
}

Command BuilderCommands::classicBuild() const
{
    const Builder &builder = m_config.builder;
    Command command {docker(),
                     QStringLiteral("build"),
                     QStringLiteral("-t"),
                     m_config.absoluteImage(m_version),
                     QStringLiteral("-t"),
                     m_config.latestImage()};
    command.args(argumentize(QStringLiteral("--label"),
                             Arguments {{QStringLiteral("service"), m_config.service}}));
    command.args(argumentize(QStringLiteral("--build-arg"), builder.args));
    Arguments secrets;
    for (const QString &secret : builder.secrets)
        secrets.append({QStringLiteral("id"), secret});
    command.args(argumentize(QStringLiteral("--secret"), secrets));
    command.args({QStringLiteral("--file"), builder.dockerfile});
    if (!builder.target.isEmpty())
        command.args({QStringLiteral("--target"), builder.target});
    command.arg(builder.context.isEmpty() ? QStringLiteral(".") : builder.context);
    command.arg(QStringLiteral("2>&1"));
    return command;
}

QList<Command> BuilderCommands::classicPush() const
{
    return {Command {docker(), QStringLiteral("push"), m_config.absoluteImage(m_version)},
            Command {docker(), QStringLiteral("push"), m_config.latestImage()}};
}

QList<std::pair<QString, QString>> BuilderCommands::pushEnv() const
{
    // Remote builders must not receive the local registry token (Kamal 2.12).
    if (isRemote())
        return {{QStringLiteral("BUILDKIT_NO_CLIENT_TOKEN"), QStringLiteral("1")}};
    return {};
}

Command BuilderCommands::info() const
{
    const QList<Command> parts {Command {docker(), QStringLiteral("context"), QStringLiteral("ls")},
                                Command {docker(), buildx(), QStringLiteral("ls")}};
    return isRemote() ? Command::chain(parts) : Command::combine(parts);
}

Command BuilderCommands::pull() const
{
    return {docker(), QStringLiteral("pull"), m_config.absoluteImage(m_version)};
}

Command BuilderCommands::clean() const
{
    return {docker(), QStringLiteral("image"), QStringLiteral("rm"), QStringLiteral("--force"),
            m_config.absoluteImage(m_version)};
}

Command BuilderCommands::validateImage() const
{
    const QString image = m_config.absoluteImage(m_version);
    return Command::any(
        {Command::pipe({Command {docker(), QStringLiteral("inspect"), QStringLiteral("-f"),
                                 QStringLiteral("'{{ .Config.Labels.service }}'"), image},
                        Command {QStringLiteral("grep"), QStringLiteral("-x"), m_config.service}}),
         Command {QStringLiteral("(echo"),
                  QStringLiteral("\"Image ") + image
                      + QStringLiteral(" is missing the 'service' label\""),
                  QStringLiteral("&&"), QStringLiteral("exit"), QStringLiteral("1)")}});
}

Command BuilderCommands::firstMirror() const
{
    return {docker(), QStringLiteral("info"), QStringLiteral("--format"),
            QStringLiteral("'{{index .RegistryConfig.Mirrors 0}}'")};
}

} // namespace Berth::Kamal
