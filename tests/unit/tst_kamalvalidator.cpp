#include "core/config/KamalValidator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Berth::Config;

namespace {

// A configuration Kamal accepts; each case below replaces or adds top-level sections.
const char *const baseSections[][2] = {
    {"service", "service: app\n"},
    {"image", "image: app\n"},
    {"servers", "servers:\n  - 1.1.1.1\n"},
    {"registry", "registry:\n  username: user\n  password: secret\n"},
    {"builder", "builder:\n  arch: amd64\n"},
};

// The base with every section the overrides also define (at column 0) taken out, and the
// sections named in `drop` removed; the overrides come first so their lines are easy to count.
QString compose(const QString &overrides, const QStringList &drop = {})
{
    static const QRegularExpression topKey(QStringLiteral("^([A-Za-z_][\\w-]*):"),
                                           QRegularExpression::MultilineOption);
    QStringList defined = drop;
    auto it = topKey.globalMatch(overrides);
    while (it.hasNext())
        defined.append(it.next().captured(1));
    QString text = overrides;
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    for (const auto &section : baseSections) {
        if (!defined.contains(QLatin1String(section[0])))
            text += QLatin1String(section[1]);
    }
    return text;
}

YamlNodePtr parse(const QString &text, const QString &file = QStringLiteral("deploy.yml"))
{
    const YamlParseResult result = parseYaml(text, file);
    if (result.error)
        qWarning().noquote() << file << result.error->message;
    return result.root;
}

Diagnostics errorsOf(const Diagnostics &diagnostics)
{
    Diagnostics errors;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == Severity::Error)
            errors.append(diagnostic);
    }
    return errors;
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(QStringLiteral("%1:%2 [%3] %4")
                         .arg(d.location.line)
                         .arg(d.location.column)
                         .arg(d.code, d.message));
    return lines.join(QLatin1Char('\n'));
}

// ActiveSupport's deep_merge, as Kamal merges a destination file over the base file.
YamlNodePtr deepMerge(const YamlNodePtr &base, const YamlNodePtr &overlay)
{
    if (!base || !base->isMap() || !overlay || !overlay->isMap())
        return overlay ? overlay : base;
    auto merged = std::make_shared<YamlNode>(*base);
    merged->entries.clear();
    for (const QString &key : base->keys()) {
        YamlNodePtr keyNode;
        for (const YamlEntry &entry : base->entries) {
            if (entry.key->scalar == key)
                keyNode = entry.key;
        }
        YamlNodePtr value = base->value(key);
        if (const YamlNodePtr over = overlay->value(key))
            value = deepMerge(value, over);
        merged->entries.append({keyNode, value});
    }
    for (const YamlEntry &entry : overlay->entries) {
        if (!base->keys().contains(entry.key->scalar))
            merged->entries.append(entry);
    }
    return merged;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

Diagnostics lintCodes(const QString &text, const QString &code)
{
    Diagnostics found;
    const Diagnostics all = lintConfig(parse(text), {});
    for (const Diagnostic &diagnostic : all) {
        if (diagnostic.code == code)
            found.append(diagnostic);
    }
    return found;
}

} // namespace

class TestKamalValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectsLikeKamal_data();
    void rejectsLikeKamal();
    void acceptsValidConfigs_data();
    void acceptsValidConfigs();
    void acceptsTheGoldenSamples_data();
    void acceptsTheGoldenSamples();
    void reportsFurtherIndependentProblems();
    void pointsAtTheNode();
    void hintsTheKamal2Replacement();
    void lintFiresAndStaysSilentWhenFixed_data();
    void lintFiresAndStaysSilentWhenFixed();
    void lintIgnoresMergeOverrides();
    void lintGivesEveryFindingAHint();
    void agreesWithKamalOnTheCorpus();
    void agreesWithKamalOnDestinations();
    void neverCrashesOnTheCorpus();
};

void TestKamalValidator::rejectsLikeKamal_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QStringList>("hooks");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");

    const auto row
        = [](const char *name, const QString &yaml, const char *message, const char *path = "",
             int line = 0, const QString &destination = {}, const QStringList &hooks = {}) {
              QTest::newRow(name) << yaml << destination << hooks << QString::fromUtf8(message)
                                  << QString::fromUtf8(path) << line;
          };
    const auto c = [](const char *overrides, const QStringList &drop = {}) {
        return compose(QString::fromUtf8(overrides), drop);
    };

    // Root: unknown keys and types.
    row("unknown root key", c("foo: bar"), "unknown key: foo", "", 1);
    row("unknown root keys in file order", c("traefik: {}\nhealthcheck: {}"),
        "unknown keys: traefik, healthcheck");
    row("nested x- key is unknown", c("ssh:\n  x-user: app"), "ssh: unknown key: x-user", "ssh", 2);
    row("service list", c("service: [a]"), "service: should be a string", "service", 1);
    row("service empty", c("service:"), "service: should be a string", "service");
    row("quoted integer", c("deploy_timeout: \"30\""), "deploy_timeout: should be an integer",
        "deploy_timeout", 1);
    row("float for integer", c("readiness_delay: 1.5"), "readiness_delay: should be an integer");
    row("boolean word", c("require_destination: maybe"),
        "require_destination: should be a boolean");
    row("date is not a string", c("image: 2024-01-01"), "image: should be a string");
    row("volumes string", c("volumes: /data:/data"), "volumes: should be an array");
    row("volumes item hash", c("volumes:\n  - {a: b}"), "volumes/0: should be a string",
        "volumes/0", 2);
    row("labels value list", c("labels:\n  team: [a]"), "labels/team: should be a string");
    row("stop_timeout string", c("stop_timeout: 10s"), "stop_timeout: should be an integer");
    row("hooks_output list", c("hooks_output: [quiet]"),
        "hooks_output: should be a string or a symbol");

    // Servers and roles.
    row("servers string", c("servers: app.example.com"), "servers: should be an array or a hash");
    row("servers item list", c("servers:\n  - [a]"), "servers/0: should be a string or a hash",
        "servers/0", 2);
    row("multiple hosts", c("servers:\n  - a: x\n    b: y"), "servers/0: multiple hosts found");
    row("host tags hash", c("servers:\n  - 1.1.1.1: {x: 1}"),
        "servers/0/1.1.1.1: should be a string or an array");
    row("host tag item", c("servers:\n  - 1.1.1.1: [[x]]"),
        "servers/0/1.1.1.1/0: should be a string");
    row("role string", c("servers:\n  web: foo"), "servers/web: should be an array or a hash");
    row("role empty", c("servers:\n  web:\n"), "servers/web: should be an array or a hash",
        "servers/web", 2);
    row("role hosts item", c("servers:\n  web:\n    hosts:\n      - [a]"),
        "servers/web/hosts/0: should be a string or a hash", "servers/web/hosts/0", 4);
    row("role hosts string", c("servers:\n  web:\n    hosts: 1.1.1.1"),
        "servers/web/hosts: should be an array");
    row("role volumes", c("servers:\n  web:\n    hosts: [1.1.1.1]\n    volumes: [a]"),
        "servers/web: unknown key: volumes", "servers/web", 4);
    row("role reserved label",
        c("servers:\n  web:\n    hosts: [1.1.1.1]\n    labels:\n      service: x"),
        "servers/web/labels/service: invalid label. destination, role, and service are reserved "
        "labels");
    row("restart bare no",
        c("servers:\n  web:\n    hosts: [1.1.1.1]\n    options:\n      restart: no"),
        "servers/web/options/restart: should be a string. Use \"no\" to disable restarts");
    row("restart policy",
        c("servers:\n  web:\n    hosts: [1.1.1.1]\n    options:\n      restart: sometimes"),
        "servers/web/options/restart: should be no, always, unless-stopped, on-failure, or "
        "on-failure:N");
    row("role env tags", c("servers:\n  web:\n    hosts: [1.1.1.1]\n    env:\n      tags: {}"),
        "servers/web/env: tags are only allowed in the root env");
    row("role logging driver",
        c("servers:\n  web:\n    hosts: [1.1.1.1]\n    logging:\n      driver: [a]"),
        "servers/web/logging/driver: should be a string");
    row("role proxy ssl without host",
        c("servers:\n  web:\n    hosts: [1.1.1.1]\n    proxy:\n      ssl: true"),
        "servers/web/proxy: Must set a host to enable automatic SSL");

    // Env.
    row("env list", c("env: [A]"), "env: should be a hash");
    row("env value list", c("env:\n  FOO: [a]"), "env/FOO: should be a string");
    row("env clear empty value", c("env:\n  clear:\n    FOO:\n  secret: [B]"),
        "env/clear/FOO: should be a string");
    row("env secret hash", c("env:\n  secret:\n    FOO: bar"), "env/secret: should be an array");
    row("env mixed keys", c("env:\n  clear: {A: b}\n  FOO: bar"), "env: unknown key: FOO");
    row("env tag string", c("env:\n  tags:\n    tag1: foo"), "env/tags/tag1: should be a hash");
    row("env nested tags", c("env:\n  tags:\n    tag1:\n      tags: {}"),
        "env/tags/tag1: tags are only allowed in the root env");

    // Registry.
    row("registry empty", c("registry: {}"), "registry/username: is required", "registry/username");
    row("registry missing", c("", {QStringLiteral("registry")}), "registry/username: is required");
    row("registry no password", c("registry:\n  username: user"), "registry/password: is required");
    row("registry password list",
        c("registry:\n  username: user\n  password:\n    - SECRET1\n    - SECRET2"),
        "registry/password: should be a string or an array with one string (for secret lookup)");
    row("registry numeric username", c("registry:\n  username: 123456789012\n  password: x"),
        "registry/username: should be a string or an array with one string (for secret lookup)");
    row("registry server list", c("registry:\n  server: [a]\n  username: u\n  password: p"),
        "registry/server: should be a string");
    row("registry unknown", c("registry:\n  username: u\n  password: p\n  email: e"),
        "registry: unknown key: email");

    // Accessories.
    row("accessory no host", c("accessories:\n  db:\n    image: postgres"),
        "accessories/db: specify one of `host`, `hosts`, `role`, `roles`, `tag` or `tags`");
    row("accessory two hosts keys",
        c("accessories:\n  db:\n    image: postgres\n    host: a\n    role: web"),
        "accessories/db: specify one of `host`, `hosts`, `role`, `roles`, `tag` or `tags`");
    row("accessory empty", c("accessories:\n  db:"), "accessories/db: should be a hash");
    row("accessory unknown key", c("accessories:\n  db:\n    host: a\n    unknown: baz"),
        "accessories/db: unknown key: unknown");
    row("accessory host list", c("accessories:\n  db:\n    host: [a]"),
        "accessories/db/host: should be a string");
    row("accessory unknown roles", c("accessories:\n  db:\n    image: x\n    roles: [web, a, b]"),
        "accessories/db: unknown roles a, b");
    row("accessory unknown role", c("accessories:\n  db:\n    image: x\n    role: db"),
        "accessories/db: unknown role db");
    row("accessory reserved label",
        c("accessories:\n  db:\n    host: a\n    labels:\n      destination: x"),
        "accessories/db/labels/destination: invalid label. destination, role, and service are "
        "reserved labels");
    row("accessory env with misplaced keys",
        c("accessories:\n  db:\n    host: a\n    env:\n      clear: {A: b}\n      files: [x]\n     "
          " directories: [y]"),
        "accessories/db/env: unknown keys: files, directories");
    row("accessory env tags", c("accessories:\n  db:\n    host: a\n    env:\n      tags: {}"),
        "accessories/db/env: tags are only allowed in the root env");
    row("accessory proxy true", c("accessories:\n  db:\n    host: a\n    proxy: true"),
        "accessories/db/proxy: should be a hash");
    row("accessory file mode",
        c("accessories:\n  db:\n    host: a\n    files:\n      - local: a\n        remote: b\n     "
          "   mode: [1]"),
        "accessories/db/files/0/mode: should be a string");
    row("accessory restart",
        c("accessories:\n  db:\n    host: a\n    options:\n      restart: :always"),
        "accessories/db/options/restart: should be a string. Use \"no\" to disable restarts");
    row("accessory registry",
        c("accessories:\n  db:\n    host: a\n    registry:\n      server: ghcr.io"),
        "accessories/db/registry/username: is required");

    // Builder.
    row("builder missing", c("", {QStringLiteral("builder")}), "builder: Builder arch not set");
    row("builder empty arch", c("builder:\n  arch: []"), "builder: Builder arch not set");
    row("builder arch hash", c("builder:\n  arch: {a: b}"),
        "builder/arch: should be an array or a string");
    row("builder arch item", c("builder:\n  arch: [amd64, [arm64]]"),
        "builder/arch: should be an array or a string");
    row("builder cache type", c("builder:\n  arch: amd64\n  cache:\n    type: s3"),
        "builder: Invalid cache type: s3");
    row("builder pack arches",
        c("builder:\n  arch: [amd64, arm64]\n  pack:\n    builder: heroku/builder:24"),
        "builder: buildpacks only support building for one arch");
    row("builder local off", c("builder:\n  arch: amd64\n  local: false"),
        "builder: Cannot disable local builds, no remote is set");
    row("builder multiarch", c("builder:\n  arch: amd64\n  multiarch: false"),
        "builder: unknown key: multiarch");
    row("builder args list", c("builder:\n  arch: amd64\n  args: [a]"),
        "builder/args: should be a hash");
    row("builder cache options", c("builder:\n  arch: amd64\n  cache:\n    options: [a]"),
        "builder/cache/options: should be a string");

    // Proxy.
    row("proxy ssl no host", c("proxy:\n  ssl: true"),
        "proxy: Must set a host to enable automatic SSL", "proxy", 2);
    row("proxy host and hosts", c("proxy:\n  host: a.example.com\n  hosts: [b.example.com]"),
        "proxy: Specify one of 'host' or 'hosts', not both");
    row("proxy certificate only",
        c("proxy:\n  host: a.example.com\n  ssl:\n    certificate_pem: CERT"),
        "proxy: Missing private_key_pem setting (required when certificate_pem is present)");
    row("proxy key only", c("proxy:\n  host: a.example.com\n  ssl:\n    private_key_pem: KEY"),
        "proxy: Missing certificate_pem setting (required when private_key_pem is present)");
    row("proxy ssl string", c("proxy:\n  host: a.example.com\n  ssl: yes please"),
        "proxy/ssl: should be a boolean or a hash");
    row("proxy run no publish", c("proxy:\n  run:\n    publish: false\n    http_port: 8080"),
        "proxy: Cannot set http_port, https_port or bind_ips when publish is false");
    row("proxy run unknown", c("proxy:\n  run:\n    ports: [80]"), "proxy/run: unknown key: ports");
    row("proxy healthcheck interval", c("proxy:\n  healthcheck:\n    interval: 3s"),
        "proxy/healthcheck/interval: should be an integer");
    row("proxy healthcheck port", c("proxy:\n  healthcheck:\n    port: 3000"),
        "proxy/healthcheck: unknown key: port");
    row("proxy hosts item", c("proxy:\n  hosts:\n    - [a]"),
        "proxy/hosts/0: should be a string or a hash");
    row("proxy true", c("proxy: true"), "proxy: should be a hash");
    row("proxy empty", c("proxy:"), "proxy: should be a hash");

    // ssh, sshkit, boot, logging, output, aliases.
    row("ssh only comments", c("ssh:\n  # user: app"), "ssh: should be a hash");
    row("ssh config number", c("ssh:\n  config: 1"),
        "ssh/config: should be a boolean or a string or an array");
    row("ssh keys string", c("ssh:\n  keys: ~/.ssh/id"), "ssh/keys: should be an array");
    row("sshkit", c("sshkit:\n  max_concurrent_starts: many"),
        "sshkit/max_concurrent_starts: should be an integer");
    row("boot wait", c("boot:\n  wait: 2s"), "boot/wait: should be an integer");
    row("logging options", c("logging:\n  options: [a]"), "logging/options: should be a hash");
    row("output unknown", c("output:\n  syslog: {}"), "output: unknown key: syslog");
    row("alias name", c("aliases:\n  Console: app exec -i bin/rails console"),
        "aliases/Console: Invalid alias name: 'Console'. Must only contain lowercase letters, "
        "alphanumeric, hyphens "
        "and underscores.");
    row("alias built-in", c("aliases:\n  deploy: app details"),
        "aliases/deploy: Alias 'deploy' conflicts with a built-in command.");
    row("alias empty", c("aliases:\n  console:"), "aliases/console: should be a string");

    // Cross-checks, in Kamal's order.
    row("destination required", c("require_destination: true"), "You must specify a destination",
        "require_destination", 1);
    row("service missing", c("", {QStringLiteral("service")}),
        "Missing required configuration for service");
    row("image missing", c("", {QStringLiteral("image")}),
        "Missing required configuration for image");
    row("no servers", c("", {QStringLiteral("servers")}), "No servers or accessories specified");
    row("primary role undefined", c("primary_role: workers"),
        "The primary_role workers isn't defined");
    row("servers empty hash", c("servers: {}"), "The primary_role web isn't defined");
    row("primary role empty", c("servers:\n  web: []"),
        "No servers specified for the web primary_role", "servers/web", 2);
    row("other role empty", c("servers:\n  web: [1.1.1.1]\n  job:\n    cmd: bin/jobs"),
        "No servers specified for the job role. You can ignore this with allow_empty_roles: true");
    row("minimum version", c("minimum_version: 3.0.0"),
        "Current version is 2.12.0, minimum required is 3.0.0");
    row("minimum version prerelease", c("minimum_version: 2.13.0.beta1"),
        "Current version is 2.12.0, minimum required is 2.13.0.beta1");
    row("retain none", c("retain_containers: 0"), "Must retain at least 1 container");
    row("service name", c("service: my.app"),
        "Service name can only include alphanumeric characters, hyphens, and underscores");
    row("traefik hooks", c(""),
        "Found pre-traefik-reboot, post-traefik-reboot, these should be renamed to "
        "(pre|post)-proxy-reboot",
        "", 0, {}, {QStringLiteral("post-traefik-reboot"), QStringLiteral("pre-traefik-reboot")});
    row("ssl on two servers",
        c("servers:\n  - 1.1.1.1\n  - 1.1.1.2\nproxy:\n  ssl: true\n  host: a.example.com"),
        "SSL is only supported on a single server unless you provide custom certificates, found 2 "
        "servers for role web");
    row("ssl roles share a host",
        c("servers:\n  web: [1.1.1.1]\n  api:\n    hosts: [1.1.1.2]\n    proxy:\n      ssl: true\n "
          "     host: "
          "a.example.com\nproxy:\n  ssl: true\n  host: a.example.com"),
        "Different roles can't share the same host for SSL: a.example.com");
    row("merged proxy host and hosts",
        c("servers:\n  web:\n    hosts: [1.1.1.1]\n    proxy:\n      hosts: "
          "[b.example.com]\nproxy:\n  host: a.example.com"),
        "proxy: Specify one of 'host' or 'hosts', not both");
    row("local registry remote builder",
        c("registry:\n  server: localhost:5000\nbuilder:\n  arch: arm64\n  remote: "
          "docker-container://builder"),
        "Local registry with remote builder requires an SSH URL (e.g., ssh://user@host)");
    row("conflicting proxy runs",
        c("proxy:\n  run:\n    http_port: 8080\naccessories:\n  web2:\n    image: x\n    host: "
          "1.1.1.1\n    proxy:\n      "
          "host: b.example.com\n      run:\n        http_port: 9090"),
        "Conflicting proxy run configurations for host 1.1.1.1");
    row("hooks_output level", c("hooks_output: loud"),
        "Invalid hooks_output 'loud', must be one of: quiet, verbose");
    row("hooks_output per hook", c("hooks_output:\n  pre-deploy: :loud"),
        "Invalid hooks_output 'loud' for hook 'pre-deploy', must be one of: quiet, verbose");

    // Order: the root check comes before the builder, structure before cross-checks.
    row("unknown key before builder", c("foo: 1", {QStringLiteral("builder")}), "unknown key: foo");
    row("servers before registry", c("servers: x\nregistry: {}"),
        "servers: should be an array or a hash");
    row("roles before accessories",
        c("servers:\n  web:\n    hosts: [[a]]\naccessories:\n  db:\n    image: x"),
        "servers/web/hosts/0: should be a string or a hash");
    row("structure before destination", c("require_destination: true\nbuilder: {}"),
        "builder: Builder arch not set");
}

void TestKamalValidator::rejectsLikeKamal()
{
    QFETCH(QString, yaml);
    QFETCH(QString, destination);
    QFETCH(QStringList, hooks);
    QFETCH(QString, message);
    QFETCH(QString, path);
    QFETCH(int, line);

    const YamlNodePtr root = parse(yaml);
    QVERIFY(root);
    ValidationContext context;
    context.destination = destination;
    context.hookFiles = hooks;
    const Diagnostics errors = errorsOf(validateKamal(root, context));
    QVERIFY2(!errors.isEmpty(), qPrintable(yaml));
    QCOMPARE(errors.constFirst().message, message);
    QVERIFY(errors.constFirst().code.startsWith(QLatin1String("kamal.")));
    if (!path.isEmpty())
        QCOMPARE(errors.constFirst().path, path);
    if (line > 0) {
        QCOMPARE(errors.constFirst().location.line, line);
        QCOMPARE(errors.constFirst().location.file, QStringLiteral("deploy.yml"));
    }
}

void TestKamalValidator::acceptsValidConfigs_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("destination");
    const auto row = [](const char *name, const char *overrides, const QStringList &drop = {},
                        const char *destination = "") {
        QTest::newRow(name) << compose(QString::fromUtf8(overrides), drop)
                            << QString::fromUtf8(destination);
    };
    row("base", "");
    row("yaml 1.1 booleans", "allow_empty_roles: yes\nrequire_destination: off");
    row("root extensions", "x-common: &common\n  anything: [1, 2]\nx-other: 3");
    row("destination given", "require_destination: true", {}, "staging");
    row("local registry without credentials or image", "registry:\n  server: localhost:5555",
        {QStringLiteral("image")});
    row("empty roles allowed", "allow_empty_roles: true\nservers:\n  web: [1.1.1.1]\n  job: []");
    row("primary role elsewhere",
        "primary_role: workers\nservers:\n  workers:\n    hosts: [1.1.1.1]\n    proxy: false");
    row("tagged hosts",
        "servers:\n  web:\n    - 1.1.1.1\n    - 1.1.1.2: experiment\n    - 1.1.1.3: [a, b]\nenv:\n "
        " clear:\n    "
        "A: 1\n  tags:\n    experiment:\n      B: two\n    a:\n      clear: {C: yes}\n      "
        "secret: [D]");
    row("numbers and symbols are strings",
        "image: 42\nssh:\n  port: 2222\n  log_level: :debug\nhooks_output: :verbose");
    row("merge keys",
        "x-web: &web\n  hosts: [1.1.1.1]\n  cmd: bin/web\nservers:\n  web:\n    <<: *web\n    cmd: "
        "bin/other");
    row("accessories only", "accessories:\n  db:\n    image: postgres\n    host: 1.1.1.1",
        {QStringLiteral("servers")});
    row("accessory on roles",
        "servers:\n  web: [1.1.1.1]\n  job:\n    hosts: [1.1.1.2]\naccessories:\n  db:\n    image: "
        "x\n    roles: [web, "
        "job]\n    port: \"127.0.0.1:5432:5432\"\n    files:\n      - a:/b\n      - local: c\n     "
        "   remote: /d\n        "
        "mode: 0600\n    options:\n      restart: on-failure:3");
    row("custom certificates on two servers",
        "servers: [1.1.1.1, 1.1.1.2]\nproxy:\n  host: a.example.com\n  ssl:\n    certificate_pem: "
        "CERT\n    "
        "private_key_pem: KEY");
    row("ssh config forms",
        "ssh:\n  config: [~/.ssh/a, ~/.ssh/b]\n  keys_only: true\n  forward_agent: false");
    row("proxy run",
        "proxy:\n  host: a.example.com\n  run:\n    http_port: 8080\n    bind_ips: [not-an-ip]\n   "
        " "
        "debug: true");
    row("restart no quoted",
        "servers:\n  web:\n    hosts: [1.1.1.1]\n    options:\n      restart: \"no\"");
    row("minimum version met", "minimum_version: 2.12.0");
    row("minimum version float", "minimum_version: 2.0");
    row("builder arch list and remote",
        "builder:\n  arch: [amd64, arm64]\n  remote: ssh://root@builder");
    row("tags ignore role hosts key",
        "servers:\n  web: [1.1.1.1: writer]\naccessories:\n  db:\n    image: x\n    tag: writer");
}

void TestKamalValidator::acceptsValidConfigs()
{
    QFETCH(QString, yaml);
    QFETCH(QString, destination);
    ValidationContext context;
    context.destination = destination;
    const Diagnostics errors = errorsOf(validateKamal(parse(yaml), context));
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors) + QLatin1Char('\n') + yaml));
}

void TestKamalValidator::acceptsTheGoldenSamples_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("destination");
    QTest::newRow("a") << QStringLiteral("a-web-proxy-ssl") << QString();
    QTest::newRow("b staging") << QStringLiteral("b-web-job-boot-limit")
                               << QStringLiteral("staging");
    QTest::newRow("c") << QStringLiteral("c-accessories") << QString();
    QTest::newRow("d") << QStringLiteral("d-remote-builder-ssh-aliases") << QString();
}

void TestKamalValidator::acceptsTheGoldenSamples()
{
    QFETCH(QString, sample);
    QFETCH(QString, destination);
    const QString dir = QStringLiteral(BERTH_SOURCE_DIR "/../shared/reference/kamal-golden/");
    const QString basePath = dir + sample + QStringLiteral(".deploy.yml");
    if (!QFile::exists(basePath))
        QSKIP("The Kamal golden samples are not available");
    YamlNodePtr root = parse(readFile(basePath), basePath);
    QVERIFY(root);
    if (!destination.isEmpty()) {
        const QString overlayPath
            = dir + sample + QStringLiteral(".deploy.") + destination + QStringLiteral(".yml");
        const YamlNodePtr overlay = parse(readFile(overlayPath), overlayPath);
        QVERIFY(overlay);
        root = deepMerge(root, overlay);
    }
    ValidationContext context;
    context.destination = destination;
    const Diagnostics errors = errorsOf(validateKamal(root, context));
    QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
}

void TestKamalValidator::reportsFurtherIndependentProblems()
{
    const QString yaml = compose(QStringLiteral("foo: 1\nssh:\n  user: [a]\nbuilder:\n  arch: {}"));
    const Diagnostics errors = errorsOf(validateKamal(parse(yaml), {}));
    QStringList messages;
    for (const Diagnostic &error : errors)
        messages.append(error.message);
    QCOMPARE(messages.constFirst(), QStringLiteral("unknown key: foo"));
    QVERIFY(messages.contains(QStringLiteral("builder/arch: should be an array or a string")));
    QVERIFY(messages.contains(QStringLiteral("ssh/user: should be a string")));
    // Kamal's later order holds among them too: builder before ssh.
    QVERIFY(messages.indexOf(QStringLiteral("builder/arch: should be an array or a string"))
            < messages.indexOf(QStringLiteral("ssh/user: should be a string")));
}

void TestKamalValidator::pointsAtTheNode()
{
    const QString yaml
        = compose(QStringLiteral("servers:\n  web:\n    hosts:\n      - 1.1.1.1\n      - [x]\n"));
    const Diagnostics errors
        = errorsOf(validateKamal(parse(yaml, QStringLiteral("config/deploy.yml")), {}));
    QVERIFY(!errors.isEmpty());
    const Diagnostic &error = errors.constFirst();
    QCOMPARE(error.path, QStringLiteral("servers/web/hosts/1"));
    QCOMPARE(error.location.file, QStringLiteral("config/deploy.yml"));
    QCOMPARE(error.location.line, 5);
    QCOMPARE(error.location.column, 9);
    QCOMPARE(error.severity, Severity::Error);
}

void TestKamalValidator::hintsTheKamal2Replacement()
{
    const QString yaml
        = compose(QStringLiteral("traefik:\n  args: {}\nhealthcheck:\n  path: /up\n"));
    const Diagnostics errors = errorsOf(validateKamal(parse(yaml), {}));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.constFirst().message, QStringLiteral("unknown keys: traefik, healthcheck"));
    QVERIFY(errors.constFirst().hint.contains(QLatin1String("proxy")));
    QVERIFY(errors.constFirst().hint.contains(QLatin1String("healthcheck")));

    const Diagnostics lint = lintConfig(parse(yaml), {});
    QStringList codes;
    for (const Diagnostic &diagnostic : lint)
        codes.append(diagnostic.code);
    QVERIFY(codes.contains(QStringLiteral("lint.kamal1-traefik")));
    QVERIFY(codes.contains(QStringLiteral("lint.kamal1-healthcheck")));
}

void TestKamalValidator::lintFiresAndStaysSilentWhenFixed_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("fixed");
    QTest::addColumn<QString>("hintWord");
    const auto row = [](const char *name, const char *code, const char *bad, const char *fixed,
                        const char *hintWord) {
        QTest::newRow(name) << QString::fromUtf8(code) << compose(QString::fromUtf8(bad))
                            << compose(QString::fromUtf8(fixed)) << QString::fromUtf8(hintWord);
    };
    row("public port mapping", "lint.public-port",
        "accessories:\n  db:\n    host: a\n    port: \"5432:5432\"",
        "accessories:\n  db:\n    host: a\n    port: \"127.0.0.1:5432:5432\"",
        "127.0.0.1:5432:5432");
    row("public port number", "lint.public-port",
        "accessories:\n  db:\n    host: a\n    port: 6379",
        "accessories:\n  db:\n    host: a\n    port: \"127.0.0.1:6379:6379\"",
        "127.0.0.1:6379:6379");
    row("public port in options", "lint.public-port",
        "accessories:\n  db:\n    host: a\n    options:\n      publish: [\"8080:80\"]",
        "accessories:\n  db:\n    host: a\n    options:\n      publish: [\"127.0.0.1:8080:80\"]",
        "UFW");
    row("ssl without host", "lint.ssl-without-host", "proxy:\n  ssl: true",
        "proxy:\n  ssl: true\n  host: app.example.com", "host");
    row("ssl without host on a role", "lint.ssl-without-host",
        "servers:\n  web:\n    hosts: [1.1.1.1]\n    proxy:\n      ssl: true",
        "servers:\n  web:\n    hosts: [1.1.1.1]\n    proxy:\n      ssl: true\n      host: "
        "a.example.com",
        "host");
    row("password in clear", "lint.clear-secret", "env:\n  clear:\n    DB_PASSWORD: hunter2",
        "env:\n  secret:\n    - DB_PASSWORD", "secret");
    row("token in simple env", "lint.clear-secret", "env:\n  GITHUB_TOKEN: ghp_abc",
        "env:\n  GITHUB_TOKEN: ${GITHUB_TOKEN}", ".kamal/secrets");
    row("key in accessory env", "lint.clear-secret",
        "accessories:\n  db:\n    host: a\n    env:\n      clear:\n        S3_ACCESS_KEY: abc",
        "accessories:\n  db:\n    host: a\n    env:\n      secret: [S3_ACCESS_KEY]", "secret");
    row("healthcheck path", "lint.healthcheck-path", "proxy:\n  healthcheck:\n    path: up",
        "proxy:\n  healthcheck:\n    path: /up", "/up");
    row("kamal 1 traefik", "lint.kamal1-traefik", "traefik:\n  options: {}",
        "proxy:\n  host: a.example.com", "proxy");
    row("kamal 1 healthcheck", "lint.kamal1-healthcheck", "healthcheck:\n  path: /up\n  port: 3000",
        "proxy:\n  app_port: 3000\n  healthcheck:\n    path: /up", "proxy");
    row("kamal 1 role healthcheck", "lint.kamal1-healthcheck",
        "servers:\n  web:\n    hosts: [1.1.1.1]\n    healthcheck:\n      cmd: /bin/true",
        "servers:\n  web:\n    hosts: [1.1.1.1]\n    proxy:\n      healthcheck:\n        path: /up",
        "healthcheck");
    row("kamal 1 role traefik", "lint.kamal1-traefik",
        "servers:\n  web: [1.1.1.1]\n  api:\n    hosts: [1.1.1.2]\n    traefik: true",
        "servers:\n  web: [1.1.1.1]\n  api:\n    hosts: [1.1.1.2]\n    proxy: true", "proxy: true");
    row("kamal 1 multiarch", "lint.kamal1-multiarch", "builder:\n  arch: amd64\n  multiarch: false",
        "builder:\n  arch: amd64", "arch");
    row("kamal 1 builder remote", "lint.kamal1-builder-remote",
        "builder:\n  arch: amd64\n  remote:\n    arch: amd64\n    host: ssh://root@b",
        "builder:\n  arch: amd64\n  remote: ssh://root@b", "ssh://");
    row("traefik label", "lint.kamal1-traefik-label",
        "servers:\n  web:\n    hosts: [1.1.1.1]\n    labels:\n      traefik.http.routers.app.rule: "
        "Host(`a`)",
        "servers:\n  web:\n    hosts: [1.1.1.1]\n    labels:\n      team: web", "proxy");
    row("duplicate key", "lint.duplicate-key", "env:\n  clear:\n    A: one\n    A: two",
        "env:\n  clear:\n    A: two", "earlier");
}

void TestKamalValidator::lintFiresAndStaysSilentWhenFixed()
{
    QFETCH(QString, code);
    QFETCH(QString, bad);
    QFETCH(QString, fixed);
    QFETCH(QString, hintWord);
    const Diagnostics found = lintCodes(bad, code);
    QVERIFY2(found.size() == 1, qPrintable(describe(lintConfig(parse(bad), {}))));
    QVERIFY(found.constFirst().severity != Severity::Error);
    QVERIFY(found.constFirst().location.line > 0);
    QVERIFY2(found.constFirst().hint.contains(hintWord), qPrintable(found.constFirst().hint));
    QVERIFY2(lintCodes(fixed, code).isEmpty(), qPrintable(describe(lintConfig(parse(fixed), {}))));
}

void TestKamalValidator::lintIgnoresMergeOverrides()
{
    const QString yaml = QStringLiteral(
        "x-role: &role\n  cmd: bin/web\n  options: {memory: 1g}\n"
        "servers:\n  web:\n    <<: *role\n    cmd: bin/other\n    hosts: [1.1.1.1]\n"
        "  job:\n    <<: [*role]\n    cmd: bin/jobs\n    hosts: [1.1.1.2]\n"
        "service: app\n");
    QVERIFY2(lintCodes(yaml, QStringLiteral("lint.duplicate-key")).isEmpty(),
             qPrintable(describe(lintConfig(parse(yaml), {}))));
    // A key written twice by hand next to a merge still counts.
    const QString twice = yaml + QStringLiteral("service: again\n");
    const Diagnostics found = lintCodes(twice, QStringLiteral("lint.duplicate-key"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().path, QStringLiteral("service"));
    QCOMPARE(found.constFirst().location.line, 14);
}

void TestKamalValidator::lintGivesEveryFindingAHint()
{
    const QString yaml
        = compose(QStringLiteral("traefik: {}\nproxy:\n  ssl: true\n  healthcheck:\n    path: "
                                 "up\nenv:\n  clear:\n    SECRET_KEY_BASE: abc\n"
                                 "accessories:\n  db:\n    host: a\n    port: 5432\n    labels:\n  "
                                 "    traefik.enable: \"true\"\n"));
    const Diagnostics lint = lintConfig(parse(yaml), {});
    QVERIFY(lint.size() >= 6);
    for (const Diagnostic &diagnostic : lint) {
        QVERIFY2(diagnostic.code.startsWith(QLatin1String("lint.")), qPrintable(diagnostic.code));
        QVERIFY2(!diagnostic.hint.isEmpty(), qPrintable(diagnostic.code));
        QVERIFY(diagnostic.severity != Severity::Error);
    }
}

namespace {

struct CorpusSweep
{
    int agree = 0;
    int sameWords = 0; // rejected with exactly Kamal's message
    int erb = 0;
    int otherRows = 0; // the other kind of row (with or without a destination)
    int otherClass = 0;
    QStringList disagreements;
};

// Runs the rows of kamal-verdicts.tsv without a destination (or only those with one, merged by
// hand as Kamal merges them) whose files need no ERB, and compares with Kamal's verdict.
CorpusSweep sweepCorpus(const QString &corpus, const QString &verdicts, bool destinations)
{
    CorpusSweep sweep;
    const QStringList lines = verdicts.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1)) {
        const QStringList columns = line.split(QLatin1Char('\t'));
        if (columns.size() < 3)
            continue;
        const QString destination = columns.at(1) == QLatin1String("-") ? QString() : columns.at(1);
        if (destination.isEmpty() == destinations) {
            ++sweep.otherRows;
            continue;
        }
        const QString file = corpus + QLatin1Char('/') + columns.at(0);
        const QString text = readFile(file);
        QString overlayFile;
        QString overlayText;
        if (!destination.isEmpty()) {
            overlayFile = file.left(file.size() - 4) + QLatin1Char('.') + destination
                + QStringLiteral(".yml");
            overlayText = readFile(overlayFile);
        }
        if (text.contains(QLatin1String("<%")) || overlayText.contains(QLatin1String("<%"))) {
            ++sweep.erb;
            continue;
        }
        const bool ok = columns.at(2) == QLatin1String("ok");
        const QString verdict = columns.value(3);
        const QString errorClass = verdict.section(QLatin1String(": "), 0, 0);
        const QString message = verdict.section(QLatin1String(": "), 1);
        if (!ok && errorClass != QLatin1String("Kamal::ConfigurationError")
            && errorClass != QLatin1String("ArgumentError")) {
            ++sweep.otherClass;
            continue;
        }
        YamlNodePtr root = parse(text, file);
        if (root && !destination.isEmpty())
            root = deepMerge(root, parse(overlayText, overlayFile));
        ValidationContext context;
        context.destination = destination;
        const Diagnostics errors
            = root ? errorsOf(validateKamal(root, context)) : Diagnostics {Diagnostic {}};
        const bool agrees = ok
            ? errors.isEmpty()
            : (!errors.isEmpty() && errors.constFirst().message.contains(message));
        if (agrees) {
            ++sweep.agree;
            if (!ok && errors.constFirst().message == message)
                ++sweep.sameWords;
        } else {
            sweep.disagreements.append(
                QStringLiteral("%1 %2: Kamal said \"%3\", Berth said \"%4\"")
                    .arg(columns.at(0), columns.at(1), ok ? QStringLiteral("ok") : message,
                         errors.isEmpty() ? QStringLiteral("ok") : errors.constFirst().message));
        }
    }
    return sweep;
}

} // namespace

// Every project in the corpus whose deploy.yml needs neither ERB nor a destination: Berth must
// accept and reject exactly as Kamal 2.12.0 did, and say what Kamal said.
void TestKamalValidator::agreesWithKamalOnTheCorpus()
{
    const QString corpus = QStringLiteral(BERTH_SOURCE_DIR "/../shared/corpus");
    const QString verdicts = readFile(corpus + QStringLiteral("/kamal-verdicts.tsv"));
    if (verdicts.isEmpty())
        QSKIP("The Kamal corpus is not available");
    const CorpusSweep sweep = sweepCorpus(corpus, verdicts, false);
    qInfo().noquote()
        << QStringLiteral("Kamal corpus without destinations: %1 agree (%2 rejected with Kamal's "
                          "exact message), %3 disagree, %4 skipped (%5 need ERB, %6 use a "
                          "destination, %7 fail outside the config)")
               .arg(sweep.agree)
               .arg(sweep.sameWords)
               .arg(sweep.disagreements.size())
               .arg(sweep.erb + sweep.otherRows + sweep.otherClass)
               .arg(sweep.erb)
               .arg(sweep.otherRows)
               .arg(sweep.otherClass);
    QVERIFY2(sweep.disagreements.isEmpty(),
             qPrintable(sweep.disagreements.join(QLatin1Char('\n'))));
    QVERIFY(sweep.agree > 0);
}

// The same with `-d DEST`, for the projects whose base and destination files need no ERB; the
// files are deep-merged here as Kamal merges them.
void TestKamalValidator::agreesWithKamalOnDestinations()
{
    const QString corpus = QStringLiteral(BERTH_SOURCE_DIR "/../shared/corpus");
    const QString verdicts = readFile(corpus + QStringLiteral("/kamal-verdicts.tsv"));
    if (verdicts.isEmpty())
        QSKIP("The Kamal corpus is not available");
    const CorpusSweep sweep = sweepCorpus(corpus, verdicts, true);
    qInfo().noquote() << QStringLiteral(
                             "Kamal corpus with destinations: %1 agree (%2 rejected with Kamal's "
                             "exact message), %3 disagree, %4 skipped (%5 need ERB, %6 fail "
                             "outside the config)")
                             .arg(sweep.agree)
                             .arg(sweep.sameWords)
                             .arg(sweep.disagreements.size())
                             .arg(sweep.erb + sweep.otherClass)
                             .arg(sweep.erb)
                             .arg(sweep.otherClass);
    QVERIFY2(sweep.disagreements.isEmpty(),
             qPrintable(sweep.disagreements.join(QLatin1Char('\n'))));
    QVERIFY(sweep.agree > 0);
}

// Every deploy*.yml in the corpus that parses: both passes run to the end, whatever the content.
void TestKamalValidator::neverCrashesOnTheCorpus()
{
    const QString corpus = QStringLiteral(BERTH_SOURCE_DIR "/../shared/corpus");
    QDir dir(corpus);
    if (!dir.exists())
        QSKIP("The Kamal corpus is not available");
    int checked = 0;
    const QStringList projects = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &project : projects) {
        const QStringList files
            = QDir(dir.filePath(project)).entryList({QStringLiteral("config__deploy*.yml")});
        for (const QString &name : files) {
            const QString path = dir.filePath(project + QLatin1Char('/') + name);
            const YamlParseResult result = parseYaml(readFile(path), path);
            if (!result.root)
                continue;
            const Diagnostics diagnostics
                = validateKamal(result.root, {}) + lintConfig(result.root, {});
            for (const Diagnostic &diagnostic : diagnostics)
                QVERIFY2(!diagnostic.message.isEmpty(), qPrintable(path));
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

QTEST_GUILESS_MAIN(TestKamalValidator)
#include "tst_kamalvalidator.moc"
