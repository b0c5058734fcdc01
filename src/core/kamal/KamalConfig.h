#pragma once

#include "core/Result.h"
#include "core/config/YamlTree.h"
#include "core/kamal/Command.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Berth::Kamal {

// Secret values by name, read on the GUI thread before a run and handed over as a snapshot.
using SecretValues = QHash<QString, QString>;

// Where a value was written: the file, 1-based line and column of its node.
struct SourcePosition
{
    QString file;
    int line = 0;
    int column = 0;
};

// A registry/ssh credential: a literal, or `[NAME]` naming a secret.
struct SecretRef
{
    QString literal;
    QString secret; // non-empty for the `[NAME]` form

    [[nodiscard]] bool isSet() const { return !literal.isEmpty() || !secret.isEmpty(); }
    // The literal, or the secret's value; nullopt when the secret is missing.
    [[nodiscard]] std::optional<QString> resolve(const SecretValues &secrets) const;
};

// `env:` in any of its forms. Clear values keep Ruby Hash order (a later key replaces the
// value in place); secret names keep list order; `NAME:SECRET_KEY` aliases are kept verbatim.
struct Env
{
    Arguments clear;
    QStringList secrets;
    QList<std::pair<QString, Env>> tags; // root env only

    // Kamal::Configuration::Env#merge: clear merged (later wins), secrets unioned.
    [[nodiscard]] Env merged(const Env &other) const;
    // The env file (`KEY=value` per secret, `\n` when there is none), or an Error naming
    // the first missing secret.
    [[nodiscard]] Result<QString> secretsFileContent(const SecretValues &secretValues) const;
};

struct Logging
{
    QString driver;
    Arguments options;

    [[nodiscard]] bool isSet() const { return !driver.isEmpty() || !options.isEmpty(); }
    // `--log-driver "x" --log-opt k="v"`; `--log-opt max-size="10m"` when nothing is set.
    [[nodiscard]] QStringList args() const;
};

// proxy.run (Kamal ≥ 2.10): how kamal-proxy itself is started on a host.
struct ProxyRun
{
    int httpPort = 80;
    int httpsPort = 443;
    QStringList bindIps;
    bool publish = true;
    std::optional<int> metricsPort;
    bool debug = false;
    QString logMaxSize = QStringLiteral("10m");
    QString registry;
    QString repository = QStringLiteral("basecamp/kamal-proxy");
    QString version = QStringLiteral("v0.9.2");
    Options options;
};

// The deploy-time proxy settings of one role or accessory (root `proxy` merged under a role's).
struct Proxy
{
    QStringList hosts;
    int appPort = 80;
    bool ssl = false;
    bool customCertificate = false; // ssl given as {certificate_pem, private_key_pem}
    QString certificatePem; // secret names
    QString privateKeyPem;
    std::optional<bool> sslRedirect;
    std::optional<bool> forwardHeaders;
    std::optional<bool> stripPathPrefix;
    QString responseTimeout;
    QStringList pathPrefixes;
    QString healthcheckPath;
    QString healthcheckInterval;
    QString healthcheckTimeout;
    bool bufferRequests = true;
    bool bufferResponses = true;
    QString bufferMemory;
    QString maxRequestBody;
    QString maxResponseBody;
    QStringList requestHeaders {QStringLiteral("Cache-Control"), QStringLiteral("Last-Modified"),
                                QStringLiteral("User-Agent")};
    QStringList responseHeaders;
    std::optional<ProxyRun> run;
};

struct Role
{
    QString name;
    QStringList hosts;
    QHash<QString, QStringList> hostTags; // host → its tags, in written order
    QString cmd; // empty: the image's CMD
    Options options; // without `restart`
    QString restart = QStringLiteral("unless-stopped");
    Arguments labels; // root labels, then the role's
    Env env; // the role's own env, before merging with root and tags
    Logging logging; // root logging deep-merged with the role's
    std::optional<int> stopTimeout; // role → root
    bool runsProxy = false;
    Proxy proxy;
    QString assetPath;
    QString containerPrefix; // <service>-<role>[-<destination>]
    SourcePosition position;
};

// `local:remote[:options]` or the hash form, for accessory files and directories.
struct AccessoryMount
{
    QString localPath; // as written (files: relative to the project root)
    QString hostPath; // on the server, relative to the SSH user's home unless absolute
    QString containerPath;
    QString options;
    QString mode; // files default to "755"; directories to none
    QString owner;
    bool erb = false; // a local file ending in "erb", rendered before upload
};

struct Accessory
{
    QString name;
    QString serviceName; // container name and `service` label
    QString image; // with the accessory registry's server, if any
    QStringList hosts;
    QString cmd;
    QString port;
    Options options;
    QString restart = QStringLiteral("unless-stopped");
    Arguments labels;
    Env env;
    QList<AccessoryMount> files;
    QList<AccessoryMount> directories;
    QStringList volumes;
    QString network = QStringLiteral("kamal");
    std::optional<Proxy> proxy;
    SecretRef registryUsername;
    SecretRef registryPassword;
    QString registryServer;
    SourcePosition position;
};

struct Registry
{
    QString server; // empty: Docker Hub
    SecretRef username;
    SecretRef password;

    [[nodiscard]] bool isLocal() const;
};

struct BuilderCache
{
    QString type; // gha | registry
    QString options;
    QString image;
};

struct Builder
{
    QStringList arches;
    QString remote;
    bool local = true;
    QString driver = QStringLiteral("docker-container");
    Arguments args;
    QStringList secrets;
    QString dockerfile = QStringLiteral("Dockerfile");
    QString context; // empty: "." (Berth builds the working tree it was given)
    QString target;
    QString ssh;
    QString provenance;
    QString sbom;
    std::optional<BuilderCache> cache;
    QString packBuilder;
    QStringList packBuildpacks;

    enum class Kind { Local, Remote, Hybrid, Pack, Cloud };
    // The arches built on this machine / on the remote builder, given the local Docker arch
    // (`amd64`, `arm64`), as Kamal::Configuration::Builder computes them.
    [[nodiscard]] QStringList localArches(const QString &dockerArch) const;
    [[nodiscard]] QStringList remoteArches(const QString &dockerArch) const;
    [[nodiscard]] Kind kind(const QString &dockerArch) const;
};

struct Ssh
{
    QString user = QStringLiteral("root");
    int port = 22;
    QString proxy; // jump host, `host` or `user@host`
    QString proxyCommand;
    QString logLevel;
    std::optional<bool> keysOnly;
    QStringList keys;
    QStringList keyData; // secret names
    std::optional<bool> forwardAgent;
    std::optional<bool> config; // false: ignore ~/.ssh/config
    QStringList configFiles;
};

struct Boot
{
    QString limit; // as written: "2" or "25%"; empty: all hosts at once
    std::optional<int> wait;
    bool parallelRoles = false;
};

// The effective Kamal 2.12 configuration with Kamal's defaults and derived names. Built from
// a tree that already passed validation, but total: odd input gives a default or an Error,
// never a crash. Immutable after load; safe to share across threads by const reference.
class KamalConfig
{
public:
    [[nodiscard]] static Result<KamalConfig> load(const Config::YamlNodePtr &effective,
                                                  const QString &destination);

    QString service;
    QString image;
    QString destination; // empty: none
    Registry registry;
    QList<Role> roles; // sorted by name, as Kamal sorts them
    QList<Accessory> accessories; // in file order
    Env env;
    Arguments labels;
    QStringList volumes;
    Logging logging;
    Builder builder;
    Ssh ssh;
    Boot boot;
    std::optional<Proxy> rootProxy; // `proxy:` as written at the root (before role merges)
    QString primaryRoleName = QStringLiteral("web");
    bool allowEmptyRoles = false;
    bool requireDestination = false;
    int retainContainers = 5;
    int readinessDelay = 7;
    int deployTimeout = 30;
    int drainTimeout = 30;
    std::optional<int> stopTimeout;
    QString runDirectory = QStringLiteral(".kamal"); // fixed; a configured value is ignored
    QString configuredRunDirectory;
    QString assetPath;
    QString hooksPath = QStringLiteral(".kamal/hooks");
    QString secretsPath = QStringLiteral(".kamal/secrets");
    QString errorPagesPath;
    QString minimumVersion;
    QList<std::pair<QString, QString>> aliases;

    // Position of any node by its YAML path ("servers/web/hosts/0", "proxy/host").
    [[nodiscard]] std::optional<SourcePosition> position(const QString &yamlPath) const;

    // Derived names (reference §3.0 / §4).
    [[nodiscard]] QString repository() const; // [server/]image
    [[nodiscard]] QString absoluteImage(const QString &version) const;
    [[nodiscard]] QString latestTag() const; // latest[-destination]
    [[nodiscard]] QString latestImage() const;
    [[nodiscard]] QString serviceAndDestination() const; // service[-destination]
    [[nodiscard]] QString lockDirectory() const; // .kamal/lock-<svc_dest>
    [[nodiscard]] QString auditLogFile() const;
    [[nodiscard]] QString appsDirectory() const; // .kamal/apps/<svc_dest>
    [[nodiscard]] QString envDirectory() const; // .kamal/apps/<svc_dest>/env

    [[nodiscard]] const Role *role(const QString &name) const;
    [[nodiscard]] const Role *primaryRole() const;
    [[nodiscard]] const Accessory *accessory(const QString &name) const;
    // Roles in Kamal's command order: primary role first, the rest sorted.
    [[nodiscard]] QList<const Role *> rolesInOrder() const;
    [[nodiscard]] QList<const Role *> rolesOnHost(const QString &host) const;
    [[nodiscard]] QStringList appHosts() const; // hosts of all roles, primary-role hosts first
    [[nodiscard]] QStringList allHosts() const; // roles then accessories, without repeats
    [[nodiscard]] QString primaryHost() const;
    [[nodiscard]] QStringList proxyHosts() const;
    [[nodiscard]] QStringList accessoryHosts() const;
    // The effective env of a role on a host: root ⊕ role ⊕ each of the host's tags.
    [[nodiscard]] Env roleEnv(const Role &role, const QString &host) const;
    // boot.limit as a host count (a percentage counts all hosts); nullopt: no limit.
    [[nodiscard]] std::optional<int> bootLimit() const;
    // docker stop -t for a role: role → root → drain_timeout for non-proxy roles.
    [[nodiscard]] std::optional<int> stopTimeoutFor(const Role &role) const;

private:
    friend class KamalConfigLoader;
    QHash<QString, SourcePosition> m_positions;
};

} // namespace Berth::Kamal
