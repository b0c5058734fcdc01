#include "core/kamal/KamalConfig.h"

#include "core/config/ConfigLoader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Berth::Kamal {

using Config::YamlNodePtr;

namespace {

YamlNodePtr child(const YamlNodePtr &node, const QString &key)
{
    return node && node->isMap() ? node->value(key) : nullptr;
}

bool isSet(const YamlNodePtr &node)
{
    return node && !node->isNull();
}

// A scalar's text as Ruby's to_s would give it; empty for null and collections.
QString text(const YamlNodePtr &node)
{
    if (!node || !node->isScalar())
        return {};
    if (!node->quoted && node->isBoolean())
        return node->booleanValue() ? QStringLiteral("true") : QStringLiteral("false");
    return node->scalar;
}

bool isFalse(const YamlNodePtr &node)
{
    return node && node->isScalar() && !node->quoted && node->isBoolean() && !node->booleanValue();
}

bool isTrue(const YamlNodePtr &node)
{
    return node && node->isScalar() && !node->quoted && node->isBoolean() && node->booleanValue();
}

std::optional<bool> optionalBool(const YamlNodePtr &node)
{
    if (!node || !node->isScalar() || node->quoted || !node->isBoolean())
        return std::nullopt;
    return node->booleanValue();
}

std::optional<int> optionalInt(const YamlNodePtr &node)
{
    bool ok = false;
    const int value = text(node).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

int intOr(const YamlNodePtr &node, int fallback)
{
    return optionalInt(node).value_or(fallback);
}

// A scalar or a list of scalars, as Kamal's Array(value).
QStringList textList(const YamlNodePtr &node)
{
    QStringList list;
    if (!node)
        return list;
    if (node->isSequence()) {
        for (const YamlNodePtr &item : node->items) {
            if (item && item->isScalar())
                list.append(text(item));
        }
    } else if (node->isScalar()) {
        list.append(text(node));
    }
    return list;
}

// Ruby Hash#merge for ordered pairs: an existing key keeps its place and takes the new value.
void mergeInto(Arguments &into, const Arguments &from)
{
    for (const Argument &argument : from) {
        auto it = std::find_if(into.begin(), into.end(),
                               [&](const Argument &a) { return a.key == argument.key; });
        if (it != into.end())
            *it = argument;
        else
            into.append(argument);
    }
}

Arguments arguments(const YamlNodePtr &map)
{
    Arguments result;
    if (!map || !map->isMap())
        return result;
    for (const QString &key : map->keys()) {
        const YamlNodePtr value = map->value(key);
        Argument argument {key, text(value), isFalse(value)};
        mergeInto(result, {argument});
    }
    return result;
}

Options options(const YamlNodePtr &map, QString *restart)
{
    Options result;
    if (!map || !map->isMap())
        return result;
    for (const QString &key : map->keys()) {
        const YamlNodePtr value = map->value(key);
        if (key == QLatin1String("restart") && restart) {
            *restart = text(value);
            continue;
        }
        if (value && value->isSequence()) {
            for (const QString &item : textList(value))
                result.append({key, item, false});
        } else if (isTrue(value)) {
            result.append({key, QString(), true});
        } else {
            result.append({key, text(value), false});
        }
    }
    return result;
}

Env parseEnv(const YamlNodePtr &node, bool allowTags)
{
    Env env;
    if (!node || !node->isMap())
        return env;
    const bool complex = isSet(child(node, QStringLiteral("clear")))
        || isSet(child(node, QStringLiteral("secret")))
        || isSet(child(node, QStringLiteral("tags")));
    if (!complex) {
        env.clear = arguments(node);
        return env;
    }
    env.clear = arguments(child(node, QStringLiteral("clear")));
    env.secrets = textList(child(node, QStringLiteral("secret")));
    const YamlNodePtr tags = child(node, QStringLiteral("tags"));
    if (allowTags && tags && tags->isMap()) {
        for (const QString &tag : tags->keys())
            env.tags.append({tag, parseEnv(tags->value(tag), false)});
    }
    return env;
}

Logging parseLogging(const YamlNodePtr &node)
{
    Logging logging;
    logging.driver = text(child(node, QStringLiteral("driver")));
    logging.options = arguments(child(node, QStringLiteral("options")));
    return logging;
}

SecretRef secretRef(const YamlNodePtr &node)
{
    SecretRef ref;
    if (node && node->isSequence()) {
        const QStringList names = textList(node);
        ref.secret = names.value(0);
    } else {
        ref.literal = text(node);
    }
    return ref;
}

ProxyRun parseProxyRun(const YamlNodePtr &node)
{
    ProxyRun run;
    run.httpPort = intOr(child(node, QStringLiteral("http_port")), run.httpPort);
    run.httpsPort = intOr(child(node, QStringLiteral("https_port")), run.httpsPort);
    run.bindIps = textList(child(node, QStringLiteral("bind_ips")));
    run.publish = !isFalse(child(node, QStringLiteral("publish")));
    run.metricsPort = optionalInt(child(node, QStringLiteral("metrics_port")));
    run.debug = isTrue(child(node, QStringLiteral("debug")));
    if (isSet(child(node, QStringLiteral("log_max_size"))))
        run.logMaxSize = text(child(node, QStringLiteral("log_max_size")));
    run.registry = text(child(node, QStringLiteral("registry")));
    if (isSet(child(node, QStringLiteral("repository"))))
        run.repository = text(child(node, QStringLiteral("repository")));
    if (isSet(child(node, QStringLiteral("version"))))
        run.version = text(child(node, QStringLiteral("version")));
    run.options = options(child(node, QStringLiteral("options")), nullptr);
    return run;
}

Proxy parseProxy(const YamlNodePtr &node)
{
    Proxy proxy;
    if (!node || !node->isMap())
        return proxy;
    const YamlNodePtr hosts = child(node, QStringLiteral("hosts"));
    if (isSet(hosts))
        proxy.hosts = textList(hosts);
    else if (isSet(child(node, QStringLiteral("host"))))
        proxy.hosts = text(child(node, QStringLiteral("host"))).split(QLatin1Char(','));
    proxy.appPort = intOr(child(node, QStringLiteral("app_port")), proxy.appPort);
    const YamlNodePtr ssl = child(node, QStringLiteral("ssl"));
    if (ssl && ssl->isMap()) {
        proxy.ssl = true;
        proxy.customCertificate = true;
        proxy.certificatePem = text(child(ssl, QStringLiteral("certificate_pem")));
        proxy.privateKeyPem = text(child(ssl, QStringLiteral("private_key_pem")));
    } else {
        proxy.ssl = isTrue(ssl);
    }
    proxy.sslRedirect = optionalBool(child(node, QStringLiteral("ssl_redirect")));
    proxy.forwardHeaders = optionalBool(child(node, QStringLiteral("forward_headers")));
    proxy.stripPathPrefix = optionalBool(child(node, QStringLiteral("strip_path_prefix")));
    proxy.responseTimeout = text(child(node, QStringLiteral("response_timeout")));
    const YamlNodePtr prefixes = child(node, QStringLiteral("path_prefixes"));
    if (isSet(prefixes))
        proxy.pathPrefixes = textList(prefixes);
    else if (isSet(child(node, QStringLiteral("path_prefix"))))
        proxy.pathPrefixes
            = text(child(node, QStringLiteral("path_prefix"))).split(QLatin1Char(','));
    const YamlNodePtr healthcheck = child(node, QStringLiteral("healthcheck"));
    proxy.healthcheckPath = text(child(healthcheck, QStringLiteral("path")));
    proxy.healthcheckInterval = text(child(healthcheck, QStringLiteral("interval")));
    proxy.healthcheckTimeout = text(child(healthcheck, QStringLiteral("timeout")));
    const YamlNodePtr buffering = child(node, QStringLiteral("buffering"));
    proxy.bufferRequests = !isFalse(child(buffering, QStringLiteral("requests")));
    proxy.bufferResponses = !isFalse(child(buffering, QStringLiteral("responses")));
    proxy.bufferMemory = text(child(buffering, QStringLiteral("memory")));
    proxy.maxRequestBody = text(child(buffering, QStringLiteral("max_request_body")));
    proxy.maxResponseBody = text(child(buffering, QStringLiteral("max_response_body")));
    const YamlNodePtr logging = child(node, QStringLiteral("logging"));
    if (isSet(child(logging, QStringLiteral("request_headers"))))
        proxy.requestHeaders = textList(child(logging, QStringLiteral("request_headers")));
    proxy.responseHeaders = textList(child(logging, QStringLiteral("response_headers")));
    if (isSet(child(node, QStringLiteral("run"))))
        proxy.run = parseProxyRun(child(node, QStringLiteral("run")));
    return proxy;
}

// File.join: one slash between parts, however many they bring.
QString joinPath(const QString &a, const QString &b)
{
    QString left = a;
    while (left.endsWith(QLatin1Char('/')))
        left.chop(1);
    QString right = b;
    while (right.startsWith(QLatin1Char('/')))
        right.remove(0, 1);
    return left + QLatin1Char('/') + right;
}

AccessoryMount parseMount(const YamlNodePtr &node, const QString &serviceName, bool isFile)
{
    AccessoryMount mount;
    if (node && node->isMap()) {
        mount.localPath = text(child(node, QStringLiteral("local")));
        mount.containerPath = text(child(node, QStringLiteral("remote")));
        mount.options = text(child(node, QStringLiteral("options")));
        mount.mode = text(child(node, QStringLiteral("mode")));
        mount.owner = text(child(node, QStringLiteral("owner")));
    } else {
        const QStringList parts = text(node).split(QLatin1Char(':'));
        mount.localPath = parts.value(0);
        mount.containerPath = parts.value(1);
        mount.options = parts.value(2);
    }
    if (isFile) {
        if (mount.mode.isEmpty())
            mount.mode = QStringLiteral("755");
        mount.hostPath = joinPath(serviceName, mount.containerPath);
        mount.erb = mount.localPath.endsWith(QLatin1String("erb"));
    } else {
        mount.hostPath = mount.localPath.startsWith(QLatin1Char('/'))
            ? mount.localPath
            : joinPath(serviceName, mount.localPath);
    }
    return mount;
}

void recordPositions(const YamlNodePtr &node, const QString &path,
                     QHash<QString, SourcePosition> &positions)
{
    if (!node)
        return;
    positions.insert(path, SourcePosition {node->file, node->line, node->column});
    const QString prefix = path.isEmpty() ? QString() : path + QLatin1Char('/');
    if (node->isMap()) {
        for (const Config::YamlEntry &entry : node->entries) {
            if (entry.key && entry.key->isScalar())
                recordPositions(entry.value, prefix + entry.key->scalar, positions);
        }
    } else if (node->isSequence()) {
        for (qsizetype i = 0; i < node->items.size(); ++i)
            recordPositions(node->items.at(i), prefix + QString::number(i), positions);
    }
}

void appendUnique(QStringList &list, const QStringList &items)
{
    for (const QString &item : items) {
        if (!list.contains(item))
            list.append(item);
    }
}

} // namespace

// Reads the tree into a KamalConfig; a friend so it can fill the position index.
class KamalConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(KamalConfig)

public:
    static Result<KamalConfig> load(const YamlNodePtr &root, const QString &destination);

private:
    static void loadRoles(KamalConfig &config, const YamlNodePtr &root);
    static void loadAccessories(KamalConfig &config, const YamlNodePtr &root);
    static void loadBuilder(KamalConfig &config, const YamlNodePtr &node);
    static void loadSsh(KamalConfig &config, const YamlNodePtr &node);
};

namespace {

void addHost(Role &role, const YamlNodePtr &entry)
{
    if (!entry)
        return;
    if (entry->isScalar()) {
        role.hosts.append(text(entry));
    } else if (entry->isMap() && !entry->entries.isEmpty()) {
        const Config::YamlEntry &first = entry->entries.constFirst();
        const QString host = first.key ? first.key->scalar : QString();
        role.hosts.append(host);
        role.hostTags.insert(host, textList(first.value));
    }
}

} // namespace

void KamalConfigLoader::loadRoles(KamalConfig &config, const YamlNodePtr &root)
{
    const YamlNodePtr servers = child(root, QStringLiteral("servers"));
    const YamlNodePtr rootProxy = child(root, QStringLiteral("proxy"));
    QList<std::pair<QString, YamlNodePtr>> specs;
    if (servers && servers->isSequence()) {
        specs.append({QStringLiteral("web"), servers});
    } else if (servers && servers->isMap()) {
        for (const QString &name : servers->keys())
            specs.append({name, servers->value(name)});
    }
    std::sort(specs.begin(), specs.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    for (const auto &[name, spec] : specs) {
        Role role;
        role.name = name;
        role.position = SourcePosition {spec ? spec->file : QString(), spec ? spec->line : 0,
                                        spec ? spec->column : 0};
        const YamlNodePtr hosts
            = spec && spec->isMap() ? child(spec, QStringLiteral("hosts")) : spec;
        if (hosts && hosts->isSequence()) {
            for (const YamlNodePtr &entry : hosts->items)
                addHost(role, entry);
        }
        const YamlNodePtr specMap = spec && spec->isMap() ? spec : nullptr;
        role.cmd = text(child(specMap, QStringLiteral("cmd")));
        role.options = options(child(specMap, QStringLiteral("options")), &role.restart);
        role.labels = config.labels;
        mergeInto(role.labels, arguments(child(specMap, QStringLiteral("labels"))));
        role.env = parseEnv(child(specMap, QStringLiteral("env")), false);
        role.logging = config.logging;
        const Logging own = parseLogging(child(specMap, QStringLiteral("logging")));
        if (!own.driver.isEmpty())
            role.logging.driver = own.driver;
        mergeInto(role.logging.options, own.options);
        role.stopTimeout = optionalInt(child(specMap, QStringLiteral("stop_timeout")));
        role.assetPath = text(child(specMap, QStringLiteral("asset_path")));
        if (role.assetPath.isEmpty())
            role.assetPath = config.assetPath;

        const YamlNodePtr roleProxy = child(specMap, QStringLiteral("proxy"));
        if (!isSet(roleProxy))
            role.runsProxy = name == config.primaryRoleName;
        else
            role.runsProxy = roleProxy->isMap() ? !roleProxy->entries.isEmpty() : isTrue(roleProxy);
        if (role.runsProxy) {
            const YamlNodePtr base = rootProxy && rootProxy->isMap() ? rootProxy : nullptr;
            const YamlNodePtr over = roleProxy && roleProxy->isMap() ? roleProxy : nullptr;
            YamlNodePtr merged = base;
            if (base && over)
                merged = Config::deepMerge(base, over);
            else if (over)
                merged = over;
            role.proxy = parseProxy(merged);
        }
        QStringList prefix {config.service, name};
        if (!config.destination.isEmpty())
            prefix.append(config.destination);
        role.containerPrefix = prefix.join(QLatin1Char('-'));
        config.roles.append(role);
    }
}

void KamalConfigLoader::loadAccessories(KamalConfig &config, const YamlNodePtr &root)
{
    const YamlNodePtr accessories = child(root, QStringLiteral("accessories"));
    if (!accessories || !accessories->isMap())
        return;
    for (const QString &name : accessories->keys()) {
        const YamlNodePtr spec = accessories->value(name);
        Accessory accessory;
        accessory.name = name;
        accessory.position = SourcePosition {spec ? spec->file : QString(), spec ? spec->line : 0,
                                             spec ? spec->column : 0};
        accessory.serviceName = text(child(spec, QStringLiteral("service")));
        if (accessory.serviceName.isEmpty())
            accessory.serviceName = config.service + QLatin1Char('-') + name;
        const YamlNodePtr registry = child(spec, QStringLiteral("registry"));
        accessory.registryServer = text(child(registry, QStringLiteral("server")));
        accessory.registryUsername = secretRef(child(registry, QStringLiteral("username")));
        accessory.registryPassword = secretRef(child(registry, QStringLiteral("password")));
        accessory.image = text(child(spec, QStringLiteral("image")));
        if (!accessory.registryServer.isEmpty())
            accessory.image = accessory.registryServer + QLatin1Char('/') + accessory.image;

        if (isSet(child(spec, QStringLiteral("host"))))
            accessory.hosts = textList(child(spec, QStringLiteral("host")));
        else if (isSet(child(spec, QStringLiteral("hosts"))))
            accessory.hosts = textList(child(spec, QStringLiteral("hosts")));
        QStringList roleNames = textList(child(spec, QStringLiteral("role")));
        roleNames.append(textList(child(spec, QStringLiteral("roles"))));
        for (const QString &roleName : std::as_const(roleNames)) {
            if (const Role *role = config.role(roleName))
                appendUnique(accessory.hosts, role->hosts);
        }
        QStringList tags = textList(child(spec, QStringLiteral("tag")));
        tags.append(textList(child(spec, QStringLiteral("tags"))));
        for (const QString &tag : std::as_const(tags)) {
            for (const Role &role : std::as_const(config.roles)) {
                for (const QString &host : role.hosts) {
                    if (role.hostTags.value(host).contains(tag) && !accessory.hosts.contains(host))
                        accessory.hosts.append(host);
                }
            }
        }

        accessory.cmd = text(child(spec, QStringLiteral("cmd")));
        accessory.port = text(child(spec, QStringLiteral("port")));
        accessory.options = options(child(spec, QStringLiteral("options")), &accessory.restart);
        accessory.labels = arguments(child(spec, QStringLiteral("labels")));
        accessory.env = parseEnv(child(spec, QStringLiteral("env")), false);
        const YamlNodePtr files = child(spec, QStringLiteral("files"));
        if (files && files->isSequence()) {
            for (const YamlNodePtr &item : files->items)
                accessory.files.append(parseMount(item, accessory.serviceName, true));
        }
        const YamlNodePtr directories = child(spec, QStringLiteral("directories"));
        if (directories && directories->isSequence()) {
            for (const YamlNodePtr &item : directories->items)
                accessory.directories.append(parseMount(item, accessory.serviceName, false));
        }
        accessory.volumes = textList(child(spec, QStringLiteral("volumes")));
        if (isSet(child(spec, QStringLiteral("network"))))
            accessory.network = text(child(spec, QStringLiteral("network")));
        const YamlNodePtr proxy = child(spec, QStringLiteral("proxy"));
        if (proxy && proxy->isMap())
            accessory.proxy = parseProxy(proxy);
        config.accessories.append(accessory);
    }
}

void KamalConfigLoader::loadBuilder(KamalConfig &config, const YamlNodePtr &node)
{
    Builder &builder = config.builder;
    builder.arches = textList(child(node, QStringLiteral("arch")));
    builder.remote = text(child(node, QStringLiteral("remote")));
    builder.local = !isFalse(child(node, QStringLiteral("local")));
    if (isSet(child(node, QStringLiteral("driver"))))
        builder.driver = text(child(node, QStringLiteral("driver")));
    builder.args = arguments(child(node, QStringLiteral("args")));
    builder.secrets = textList(child(node, QStringLiteral("secrets")));
    if (isSet(child(node, QStringLiteral("dockerfile"))))
        builder.dockerfile = text(child(node, QStringLiteral("dockerfile")));
    builder.context = text(child(node, QStringLiteral("context")));
    builder.target = text(child(node, QStringLiteral("target")));
    builder.ssh = text(child(node, QStringLiteral("ssh")));
    builder.provenance = text(child(node, QStringLiteral("provenance")));
    builder.sbom = text(child(node, QStringLiteral("sbom")));
    const YamlNodePtr cache = child(node, QStringLiteral("cache"));
    if (cache && cache->isMap()) {
        builder.cache = BuilderCache {text(child(cache, QStringLiteral("type"))),
                                      text(child(cache, QStringLiteral("options"))),
                                      text(child(cache, QStringLiteral("image")))};
    }
    const YamlNodePtr pack = child(node, QStringLiteral("pack"));
    builder.packBuilder = text(child(pack, QStringLiteral("builder")));
    builder.packBuildpacks = textList(child(pack, QStringLiteral("buildpacks")));
}

void KamalConfigLoader::loadSsh(KamalConfig &config, const YamlNodePtr &node)
{
    Ssh &ssh = config.ssh;
    if (isSet(child(node, QStringLiteral("user"))))
        ssh.user = text(child(node, QStringLiteral("user")));
    ssh.port = intOr(child(node, QStringLiteral("port")), ssh.port);
    ssh.proxy = text(child(node, QStringLiteral("proxy")));
    ssh.proxyCommand = text(child(node, QStringLiteral("proxy_command")));
    ssh.logLevel = text(child(node, QStringLiteral("log_level")));
    ssh.keysOnly = optionalBool(child(node, QStringLiteral("keys_only")));
    ssh.keys = textList(child(node, QStringLiteral("keys")));
    ssh.keyData = textList(child(node, QStringLiteral("key_data")));
    ssh.forwardAgent = optionalBool(child(node, QStringLiteral("forward_agent")));
    const YamlNodePtr sshConfig = child(node, QStringLiteral("config"));
    ssh.config = optionalBool(sshConfig);
    if (!ssh.config && isSet(sshConfig))
        ssh.configFiles = textList(sshConfig);
}

Result<KamalConfig> KamalConfigLoader::load(const YamlNodePtr &root, const QString &destination)
{
    if (!root || !root->isMap()) {
        return fail(QStringLiteral("kamal.config-not-a-map"),
                    tr("The configuration is not a YAML mapping, so Berth cannot read it."));
    }
    KamalConfig config;
    config.service = text(child(root, QStringLiteral("service")));
    if (config.service.isEmpty()) {
        return fail(QStringLiteral("kamal.no-service"),
                    tr("The configuration does not set “service”."));
    }
    config.destination = destination;
    config.image = text(child(root, QStringLiteral("image")));

    const YamlNodePtr registry = child(root, QStringLiteral("registry"));
    config.registry.server = text(child(registry, QStringLiteral("server")));
    config.registry.username = secretRef(child(registry, QStringLiteral("username")));
    config.registry.password = secretRef(child(registry, QStringLiteral("password")));
    if (config.image.isEmpty() && config.registry.isLocal())
        config.image = config.service;

    config.env = parseEnv(child(root, QStringLiteral("env")), true);
    config.labels = arguments(child(root, QStringLiteral("labels")));
    config.volumes = textList(child(root, QStringLiteral("volumes")));
    config.logging = parseLogging(child(root, QStringLiteral("logging")));
    config.assetPath = text(child(root, QStringLiteral("asset_path")));
    if (isSet(child(root, QStringLiteral("primary_role"))))
        config.primaryRoleName = text(child(root, QStringLiteral("primary_role")));
    config.allowEmptyRoles = isTrue(child(root, QStringLiteral("allow_empty_roles")));
    config.requireDestination = isTrue(child(root, QStringLiteral("require_destination")));
    config.retainContainers = intOr(child(root, QStringLiteral("retain_containers")), 5);
    config.readinessDelay = intOr(child(root, QStringLiteral("readiness_delay")), 7);
    config.deployTimeout = intOr(child(root, QStringLiteral("deploy_timeout")), 30);
    config.drainTimeout = intOr(child(root, QStringLiteral("drain_timeout")), 30);
    config.stopTimeout = optionalInt(child(root, QStringLiteral("stop_timeout")));
    config.configuredRunDirectory = text(child(root, QStringLiteral("run_directory")));
    if (isSet(child(root, QStringLiteral("hooks_path"))))
        config.hooksPath = text(child(root, QStringLiteral("hooks_path")));
    if (isSet(child(root, QStringLiteral("secrets_path"))))
        config.secretsPath = text(child(root, QStringLiteral("secrets_path")));
    config.errorPagesPath = text(child(root, QStringLiteral("error_pages_path")));
    config.minimumVersion = text(child(root, QStringLiteral("minimum_version")));

    const YamlNodePtr boot = child(root, QStringLiteral("boot"));
    config.boot.limit = text(child(boot, QStringLiteral("limit")));
    config.boot.wait = optionalInt(child(boot, QStringLiteral("wait")));
    config.boot.parallelRoles = isTrue(child(boot, QStringLiteral("parallel_roles")));

    const YamlNodePtr proxy = child(root, QStringLiteral("proxy"));
    if (proxy && proxy->isMap())
        config.rootProxy = parseProxy(proxy);

    const YamlNodePtr aliases = child(root, QStringLiteral("aliases"));
    if (aliases && aliases->isMap()) {
        for (const QString &name : aliases->keys())
            config.aliases.append({name, text(aliases->value(name))});
    }

    loadRoles(config, root);
    loadAccessories(config, root);
    loadBuilder(config, child(root, QStringLiteral("builder")));
    loadSsh(config, child(root, QStringLiteral("ssh")));
    recordPositions(root, QString(), config.m_positions);
    return config;
}

std::optional<QString> SecretRef::resolve(const SecretValues &secrets) const
{
    if (secret.isEmpty())
        return literal;
    if (!secrets.contains(secret))
        return std::nullopt;
    return secrets.value(secret);
}

Env Env::merged(const Env &other) const
{
    Env result = *this;
    mergeInto(result.clear, other.clear);
    appendUnique(result.secrets, other.secrets);
    return result;
}

Result<QString> Env::secretsFileContent(const SecretValues &secretValues) const
{
    QString content;
    for (const QString &entry : secrets) {
        // NAME:SECRET_KEY puts secret SECRET_KEY into variable NAME.
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        const QString name = colon < 0 ? entry : entry.left(colon);
        const QString key = colon < 0 ? entry : entry.mid(colon + 1);
        if (!secretValues.contains(key)) {
            return fail(
                QStringLiteral("kamal.secret-missing"),
                QCoreApplication::translate("KamalConfig", "The secret %1 is not set.").arg(key));
        }
        content += name + QLatin1Char('=') + Shell::escapeEnvFileValue(secretValues.value(key))
            + QLatin1Char('\n');
    }
    return content.isEmpty() ? QStringLiteral("\n") : content;
}

QStringList Logging::args() const
{
    if (!isSet())
        return argumentize(QStringLiteral("--log-opt"),
                           Arguments {{QStringLiteral("max-size"), QStringLiteral("10m")}});
    QStringList tokens;
    if (!driver.isEmpty())
        tokens << QStringLiteral("--log-driver") << Shell::escapeValue(driver);
    tokens << argumentize(QStringLiteral("--log-opt"), options);
    return tokens;
}

bool Registry::isLocal() const
{
    static const QRegularExpression local(QStringLiteral("^localhost(:|$)"));
    return local.match(server).hasMatch();
}

QStringList Builder::localArches(const QString &dockerArch) const
{
    if (!local)
        return {};
    if (!remote.isEmpty())
        return arches.contains(dockerArch) ? QStringList {dockerArch} : QStringList {};
    return arches;
}

QStringList Builder::remoteArches(const QString &dockerArch) const
{
    if (remote.isEmpty())
        return {};
    QStringList result = arches;
    for (const QString &arch : localArches(dockerArch))
        result.removeAll(arch);
    return result;
}

Builder::Kind Builder::kind(const QString &dockerArch) const
{
    if (!packBuilder.isEmpty())
        return Kind::Pack;
    if (driver.startsWith(QLatin1String("cloud")))
        return Kind::Cloud;
    if (!remoteArches(dockerArch).isEmpty())
        return localArches(dockerArch).isEmpty() ? Kind::Remote : Kind::Hybrid;
    return Kind::Local;
}

Result<KamalConfig> KamalConfig::load(const Config::YamlNodePtr &effective,
                                      const QString &destination)
{
    return KamalConfigLoader::load(effective, destination);
}

std::optional<SourcePosition> KamalConfig::position(const QString &yamlPath) const
{
    const auto it = m_positions.constFind(yamlPath);
    if (it == m_positions.constEnd())
        return std::nullopt;
    return *it;
}

QString KamalConfig::repository() const
{
    return registry.server.isEmpty() ? image : registry.server + QLatin1Char('/') + image;
}

QString KamalConfig::absoluteImage(const QString &version) const
{
    return repository() + QLatin1Char(':') + version;
}

QString KamalConfig::latestTag() const
{
    return destination.isEmpty() ? QStringLiteral("latest")
                                 : QStringLiteral("latest-") + destination;
}

QString KamalConfig::latestImage() const
{
    return repository() + QLatin1Char(':') + latestTag();
}

QString KamalConfig::serviceAndDestination() const
{
    return destination.isEmpty() ? service : service + QLatin1Char('-') + destination;
}

QString KamalConfig::lockDirectory() const
{
    return runDirectory + QStringLiteral("/lock-") + serviceAndDestination();
}

QString KamalConfig::auditLogFile() const
{
    return runDirectory + QLatin1Char('/') + serviceAndDestination() + QStringLiteral("-audit.log");
}

QString KamalConfig::appsDirectory() const
{
    return runDirectory + QStringLiteral("/apps/") + serviceAndDestination();
}

QString KamalConfig::envDirectory() const
{
    return appsDirectory() + QStringLiteral("/env");
}

const Role *KamalConfig::role(const QString &name) const
{
    for (const Role &candidate : roles) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

const Role *KamalConfig::primaryRole() const
{
    return role(primaryRoleName);
}

const Accessory *KamalConfig::accessory(const QString &name) const
{
    for (const Accessory &candidate : accessories) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QList<const Role *> KamalConfig::rolesInOrder() const
{
    QList<const Role *> result;
    if (const Role *primary = primaryRole())
        result.append(primary);
    for (const Role &candidate : roles) {
        if (candidate.name != primaryRoleName)
            result.append(&candidate);
    }
    return result;
}

QList<const Role *> KamalConfig::rolesOnHost(const QString &host) const
{
    QList<const Role *> result;
    for (const Role *candidate : rolesInOrder()) {
        if (candidate->hosts.contains(host))
            result.append(candidate);
    }
    return result;
}

QStringList KamalConfig::appHosts() const
{
    QStringList hosts;
    for (const Role *candidate : rolesInOrder())
        appendUnique(hosts, candidate->hosts);
    return hosts;
}

QStringList KamalConfig::allHosts() const
{
    QStringList hosts;
    for (const Role &candidate : roles)
        appendUnique(hosts, candidate.hosts);
    for (const Accessory &candidate : accessories)
        appendUnique(hosts, candidate.hosts);
    return hosts;
}

QString KamalConfig::primaryHost() const
{
    const Role *primary = primaryRole();
    return primary && !primary->hosts.isEmpty() ? primary->hosts.constFirst() : QString();
}

QStringList KamalConfig::proxyHosts() const
{
    QStringList hosts;
    for (const Role &candidate : roles) {
        if (candidate.runsProxy)
            appendUnique(hosts, candidate.hosts);
    }
    for (const Accessory &candidate : accessories) {
        if (candidate.proxy)
            appendUnique(hosts, candidate.hosts);
    }
    return hosts;
}

QStringList KamalConfig::accessoryHosts() const
{
    QStringList hosts;
    for (const Accessory &candidate : accessories)
        appendUnique(hosts, candidate.hosts);
    return hosts;
}

Env KamalConfig::roleEnv(const Role &role, const QString &host) const
{
    Env result = env.merged(role.env);
    result.tags.clear();
    for (const QString &tag : role.hostTags.value(host)) {
        for (const auto &[name, tagEnv] : env.tags) {
            if (name == tag)
                result = result.merged(tagEnv);
        }
    }
    return result;
}

std::optional<int> KamalConfig::bootLimit() const
{
    if (boot.limit.isEmpty())
        return std::nullopt;
    if (boot.limit.endsWith(QLatin1Char('%'))) {
        const int percent = boot.limit.chopped(1).toInt();
        return std::max(int(allHosts().size()) * percent / 100, 1);
    }
    bool ok = false;
    const int limit = boot.limit.toInt(&ok);
    return ok ? std::optional<int>(limit) : std::nullopt;
}

std::optional<int> KamalConfig::stopTimeoutFor(const Role &role) const
{
    if (role.stopTimeout)
        return role.stopTimeout;
    if (stopTimeout)
        return stopTimeout;
    if (!role.runsProxy)
        return drainTimeout;
    return std::nullopt;
}

} // namespace Berth::Kamal
