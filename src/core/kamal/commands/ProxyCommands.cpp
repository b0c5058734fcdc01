#include "core/kamal/commands/ProxyCommands.h"

namespace Berth::Kamal {

namespace {

QString docker()
{
    return QStringLiteral("docker");
}

QString container()
{
    return QStringLiteral("kamal-proxy");
}

QString appsConfigDirectory()
{
    return QStringLiteral(".kamal/proxy/apps-config");
}

QString containerAppsConfig()
{
    return QStringLiteral("/home/kamal-proxy/.apps-config");
}

QString imageTitleFilter()
{
    return QStringLiteral("label=org.opencontainers.image.title=kamal-proxy");
}

QStringList runPrefix()
{
    return {docker(),
            QStringLiteral("run"),
            QStringLiteral("--name"),
            container(),
            QStringLiteral("--network"),
            QStringLiteral("kamal"),
            QStringLiteral("--detach"),
            QStringLiteral("--restart"),
            QStringLiteral("unless-stopped"),
            QStringLiteral("--volume"),
            QStringLiteral("kamal-proxy-config:/home/kamal-proxy/.config/kamal-proxy"),
            QStringLiteral("--volume"),
            QStringLiteral("$PWD/") + appsConfigDirectory() + QLatin1Char(':')
                + containerAppsConfig()};
}

// `$(cat <file> 2> /dev/null || echo "<default>")`, one token: it is shell text, not argv.
QString fileOrDefault(const QString &file, const QString &fallback)
{
    return QStringLiteral("$(cat .kamal/proxy/%1 2> /dev/null || echo \"%2\")").arg(file, fallback);
}

QString seconds(const QString &value)
{
    return value + QLatin1Char('s');
}

} // namespace

Command ProxyCommands::version() const
{
    return Command::pipe(
        {Command {docker(), QStringLiteral("inspect"), container(), QStringLiteral("--format"),
                  QStringLiteral("'{{.Config.Image}}'")},
         Command {QStringLiteral("awk"), QStringLiteral("-F:"), QStringLiteral("'{print $NF}'")}});
}

Command ProxyCommands::ensureAppsConfigDirectory() const
{
    return {QStringLiteral("mkdir"), QStringLiteral("-p"), appsConfigDirectory()};
}

std::optional<ProxyRun> ProxyCommands::runConfigFor(const QString &host) const
{
    for (const Role *role : m_config.rolesOnHost(host)) {
        if (role->runsProxy && role->proxy.run)
            return role->proxy.run;
    }
    for (const Accessory &accessory : m_config.accessories) {
        if (accessory.proxy && accessory.proxy->run && accessory.hosts.contains(host))
            return accessory.proxy->run;
    }
    return std::nullopt;
}

Command ProxyCommands::run(const QString &host) const
{
    const std::optional<ProxyRun> config = runConfigFor(host);
    if (!config) {
        const QString defaults
            = QStringLiteral("--publish 80:80 --publish 443:443 --log-opt max-size=10m");
        Command legacy {
            QStringLiteral("echo"), fileOrDefault(QStringLiteral("options"), defaults),
            fileOrDefault(QStringLiteral("image"), QStringLiteral("basecamp/kamal-proxy"))
                + QLatin1Char(':')
                + fileOrDefault(QStringLiteral("image_version"), QStringLiteral("v0.9.2")),
            fileOrDefault(QStringLiteral("run_command"), QString())};
        return Command::pipe({legacy, Command::xargs(Command(runPrefix()))});
    }
    Command command(runPrefix());
    if (config->publish) {
        const QStringList ips
            = config->bindIps.isEmpty() ? QStringList {QString()} : config->bindIps;
        for (const QString &ip : ips) {
            QString prefix;
            if (!ip.isEmpty())
                prefix = (ip.contains(QLatin1Char(':')) ? QLatin1Char('[') + ip + QLatin1Char(']')
                                                        : ip)
                    + QLatin1Char(':');
            command.args({QStringLiteral("--publish"),
                          prefix + QString::number(config->httpPort) + QStringLiteral(":80"),
                          QStringLiteral("--publish"),
                          prefix + QString::number(config->httpsPort) + QStringLiteral(":443")});
        }
    }
    command.args({QStringLiteral("--log-opt"), QStringLiteral("max-size=") + config->logMaxSize});
    if (config->metricsPort)
        command.arg(QStringLiteral("--expose=") + QString::number(*config->metricsPort));
    command.args(optionize(config->options));
    const QString repository = config->registry.isEmpty()
        ? config->repository
        : config->registry + QLatin1Char('/') + config->repository;
    command.arg(repository + QLatin1Char(':') + config->version);
    if (config->debug || config->metricsPort) {
        command.args({container(), QStringLiteral("run")});
        if (config->debug)
            command.arg(QStringLiteral("--debug"));
        if (config->metricsPort)
            command.args({QStringLiteral("--metrics-port"),
                          Shell::escapeValue(QString::number(*config->metricsPort))});
    }
    return command;
}

Command ProxyCommands::startOrRun(const QString &host) const
{
    return Command::any({start(), run(host)});
}

Command ProxyCommands::start() const
{
    return {docker(), QStringLiteral("container"), QStringLiteral("start"), container()};
}

Command ProxyCommands::stop() const
{
    return {docker(), QStringLiteral("container"), QStringLiteral("stop"), container()};
}

Command ProxyCommands::info() const
{
    return {docker(), QStringLiteral("ps"), QStringLiteral("--filter"),
            QStringLiteral("'name=^kamal-proxy$'")};
}

Command ProxyCommands::logs(std::optional<int> lines) const
{
    return logs(LogOptions {lines, {}, {}, false});
}

Command ProxyCommands::logs(const LogOptions &options) const
{
    Command command {docker(), QStringLiteral("logs"), container()};
    if (options.follow) {
        command.args({QStringLiteral("--timestamps"), QStringLiteral("--tail"),
                      QStringLiteral("10"), QStringLiteral("--follow"), QStringLiteral("2>&1")});
    } else {
        if (!options.since.isEmpty())
            command.args({QStringLiteral("--since"), options.since});
        if (options.lines)
            command.args({QStringLiteral("--tail"), QString::number(*options.lines)});
        command.args({QStringLiteral("--timestamps"), QStringLiteral("2>&1")});
    }
    return withGrep(command, options);
}

Command ProxyCommands::removeContainer() const
{
    return {docker(),
            QStringLiteral("container"),
            QStringLiteral("prune"),
            QStringLiteral("--force"),
            QStringLiteral("--filter"),
            imageTitleFilter()};
}

Command ProxyCommands::removeImage() const
{
    return {docker(),
            QStringLiteral("image"),
            QStringLiteral("prune"),
            QStringLiteral("--all"),
            QStringLiteral("--force"),
            QStringLiteral("--filter"),
            imageTitleFilter()};
}

Command ProxyCommands::removeProxyDirectory() const
{
    return {QStringLiteral("rm"), QStringLiteral("-r"), QStringLiteral(".kamal/proxy")};
}

Command ProxyCommands::removeAppConfigDirectory() const
{
    return {QStringLiteral("rm"), QStringLiteral("-r"),
            appsConfigDirectory() + QLatin1Char('/') + m_config.serviceAndDestination()};
}

Command ProxyCommands::countApps() const
{
    return Command::pipe({Command {QStringLiteral("ls"), QStringLiteral(".kamal/apps")},
                          Command {QStringLiteral("wc"), QStringLiteral("-l")}});
}

Command ProxyCommands::deploy(const QString &proxyService, const Proxy &proxy,
                              const QString &target, const QString &role,
                              const QString &version) const
{
    Options options;
    const auto add = [&options](const QString &key, const QString &value) {
        if (!value.isEmpty())
            options.append({key, value, false});
    };
    const auto addBool = [&options](const QString &key, std::optional<bool> value) {
        if (value)
            options.append({key, *value ? QString() : QStringLiteral("false"), *value});
    };
    add(QStringLiteral("target"), target + QLatin1Char(':') + QString::number(proxy.appPort));
    for (const QString &host : proxy.hosts)
        add(QStringLiteral("host"), host);
    if (proxy.ssl)
        addBool(QStringLiteral("tls"), true);
    if (proxy.customCertificate) {
        const QString tls = containerAppsConfig() + QLatin1Char('/')
            + m_config.serviceAndDestination() + QStringLiteral("/tls/") + role + QLatin1Char('/');
        add(QStringLiteral("tls-certificate-path"), tls + QStringLiteral("cert.pem"));
        add(QStringLiteral("tls-private-key-path"), tls + QStringLiteral("key.pem"));
    }
    add(QStringLiteral("deploy-timeout"), seconds(QString::number(m_config.deployTimeout)));
    add(QStringLiteral("drain-timeout"), seconds(QString::number(m_config.drainTimeout)));
    if (!proxy.healthcheckInterval.isEmpty())
        add(QStringLiteral("health-check-interval"), seconds(proxy.healthcheckInterval));
    if (!proxy.healthcheckTimeout.isEmpty())
        add(QStringLiteral("health-check-timeout"), seconds(proxy.healthcheckTimeout));
    add(QStringLiteral("health-check-path"), proxy.healthcheckPath);
    if (!proxy.responseTimeout.isEmpty())
        add(QStringLiteral("target-timeout"), seconds(proxy.responseTimeout));
    addBool(QStringLiteral("buffer-requests"), proxy.bufferRequests);
    addBool(QStringLiteral("buffer-responses"), proxy.bufferResponses);
    add(QStringLiteral("buffer-memory"), proxy.bufferMemory);
    add(QStringLiteral("max-request-body"), proxy.maxRequestBody);
    add(QStringLiteral("max-response-body"), proxy.maxResponseBody);
    for (const QString &prefix : proxy.pathPrefixes)
        add(QStringLiteral("path-prefix"), prefix);
    addBool(QStringLiteral("strip-path-prefix"), proxy.stripPathPrefix);
    addBool(QStringLiteral("forward-headers"), proxy.forwardHeaders);
    addBool(QStringLiteral("tls-redirect"), proxy.sslRedirect);
    for (const QString &header : proxy.requestHeaders)
        add(QStringLiteral("log-request-header"), header);
    for (const QString &header : proxy.responseHeaders)
        add(QStringLiteral("log-response-header"), header);
    if (!m_config.errorPagesPath.isEmpty()) {
        add(QStringLiteral("error-pages"),
            containerAppsConfig() + QLatin1Char('/') + m_config.serviceAndDestination()
                + QStringLiteral("/error_pages/") + version);
    }
    Command command {docker(),    QStringLiteral("exec"),   container(),
                     container(), QStringLiteral("deploy"), proxyService};
    return command.args(optionize(options, QStringLiteral("=")));
}

Command ProxyCommands::remove(const QString &proxyService) const
{
    return {docker(),    QStringLiteral("exec"),   container(),
            container(), QStringLiteral("remove"), proxyService};
}

Command ProxyCommands::routedContainerId(const QString &proxyService) const
{
    // `kamal-proxy list` prints a table wrapped in ANSI colours (reference §5): strip them,
    // take the service's row, and the container id of its `<id>:<port>` target.
    const Command list {docker(),    QStringLiteral("exec"), container(),
                        container(), QStringLiteral("list"), QStringLiteral("2>/dev/null")};
    return Command::pipe(
        {list,
         {QStringLiteral("tr"), QStringLiteral("-d"), QStringLiteral("'\\033'")},
         {QStringLiteral("sed"), QStringLiteral("'s/\\[[0-9;]*m//g'")},
         {QStringLiteral("awk"), QStringLiteral("'$1 == \"%1\" { print }'").arg(proxyService)},
         {QStringLiteral("grep"), QStringLiteral("-oE"),
          QStringLiteral("'[0-9a-f]{12,64}:[0-9]+'")},
         {QStringLiteral("cut"), QStringLiteral("-d:"), QStringLiteral("-f1")}});
}

Command ProxyCommands::stopService(const QString &proxyService) const
{
    return {docker(),
            QStringLiteral("exec"),
            container(),
            container(),
            QStringLiteral("stop"),
            proxyService,
            QStringLiteral("--drain-timeout=")
                + Shell::escapeValue(seconds(QString::number(m_config.drainTimeout)))};
}

Command ProxyCommands::resumeService(const QString &proxyService) const
{
    return {docker(),    QStringLiteral("exec"),   container(),
            container(), QStringLiteral("resume"), proxyService};
}

} // namespace Berth::Kamal
