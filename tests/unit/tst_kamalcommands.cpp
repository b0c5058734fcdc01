#include "core/config/ConfigLoader.h"
#include "core/kamal/KamalConfig.h"
#include "core/kamal/Plan.h"
#include "core/kamal/Simulation.h"
#include "core/kamal/commands/AccessoryCommands.h"
#include "core/kamal/commands/AppCommands.h"
#include "core/kamal/commands/BuilderCommands.h"
#include "core/kamal/commands/HostCommands.h"
#include "core/kamal/commands/ProxyCommands.h"
#include "core/secrets/SecretsFile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Berth;
using namespace Berth::Kamal;
using namespace Qt::StringLiterals;

// The golden vectors were recorded from the real Kamal 2.12 (see data/kamal-golden/README.md).
// Every "Building blocks" line of every sample becomes one row; a row passes only when Berth's
// builder gives exactly the recorded string.

namespace {

QString goldenDir()
{
    return QStringLiteral(BERTH_TEST_DATA_DIR "/kamal-golden");
}

QString version()
{
    return QStringLiteral("v2");
}

QString dockerArch()
{
    return QStringLiteral("amd64");
}

struct Sample
{
    QString name;
    QString destination;
};

QList<Sample> samples()
{
    return {{QStringLiteral("a-web-proxy-ssl"), QString()},
            {QStringLiteral("b-web-job-boot-limit"), QStringLiteral("staging")},
            {QStringLiteral("c-accessories"), QString()},
            {QStringLiteral("d-remote-builder-ssh-aliases"), QString()}};
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

Stamp goldenStamp()
{
    return Stamp {QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                  QStringLiteral("anchor@example.com"), QStringLiteral("Kamal Anchor")};
}

// One sample laid out as a project folder and loaded as Berth loads projects.
struct LoadedSample
{
    std::unique_ptr<QTemporaryDir> dir;
    std::optional<KamalConfig> config;
    SecretValues secrets;
    QString error;
};

LoadedSample loadSample(const Sample &sample)
{
    LoadedSample result;
    result.dir = std::make_unique<QTemporaryDir>();
    const QString root = result.dir->path();
    const QString base = goldenDir() + QLatin1Char('/') + sample.name;
    writeText(root + QStringLiteral("/config/deploy.yml"),
              readText(base + QStringLiteral(".deploy.yml")));
    if (!sample.destination.isEmpty()) {
        writeText(root + QStringLiteral("/config/deploy.%1.yml").arg(sample.destination),
                  readText(base + QStringLiteral(".deploy.%1.yml").arg(sample.destination)));
        writeText(root + QStringLiteral("/.kamal/secrets.") + sample.destination,
                  readText(base + QStringLiteral(".secrets.") + sample.destination));
    }
    writeText(root + QStringLiteral("/.kamal/secrets"),
              readText(base + QStringLiteral(".secrets")));
    const QDir golden(goldenDir());
    const QString filesPrefix = sample.name + QStringLiteral(".files.");
    for (const QString &name : golden.entryList({filesPrefix + QLatin1Char('*')}, QDir::Files)) {
        writeText(root + QStringLiteral("/config/db-backup/") + name.mid(filesPrefix.size()),
                  readText(golden.filePath(name)));
    }

    Config::LoadOptions options;
    options.configFile = root + QStringLiteral("/config/deploy.yml");
    options.destination = sample.destination;
    options.erb.variable = [](const QString &) -> std::optional<QString> { return std::nullopt; };
    const Config::LoadedConfig loaded = Config::loadConfig(options);
    for (const Config::Diagnostic &d : loaded.diagnostics) {
        if (d.severity == Config::Severity::Error)
            result.error += d.path + QStringLiteral(": ") + d.message + QLatin1Char('\n');
    }
    Result<KamalConfig> config = KamalConfig::load(loaded.effective, sample.destination);
    if (!config) {
        result.error += config.error().message;
        return result;
    }
    result.config = std::move(*config);

    Secrets::SecretsContext context;
    context.variable = [](const QString &) -> std::optional<QString> { return std::nullopt; };
    context.runCommand = [](const QString &) -> std::optional<QString> { return std::nullopt; };
    const QString secretsPath = root + QLatin1Char('/') + result.config->secretsPath;
    for (const QString &file : Secrets::secretsFilesFor(secretsPath, sample.destination)) {
        if (!QFile::exists(file))
            continue;
        for (const Secrets::SecretEntry &entry :
             Secrets::parseSecretsFile(readText(file), file, context).entries)
            result.secrets.insert(entry.name, entry.value);
    }
    return result;
}

// A building block: `name: value`, value lines continued until the next name, `|` lines kept
// apart as file content.
struct Block
{
    QString name;
    QString value;
    QStringList content;
    bool hasContent = false;
};

struct Golden
{
    QStringList summary;
    QList<Block> blocks;
};

qsizetype nameEnd(const QString &line)
{
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (ch == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && ch == QLatin1Char('('))
            ++depth;
        else if (!quoted && ch == QLatin1Char(')'))
            --depth;
        else if (!quoted && depth == 0 && ch == QLatin1Char(':')
                 && line.at(i + 1) == QLatin1Char(' '))
            return i;
    }
    return line.endsWith(QLatin1Char(':')) ? line.size() - 1 : -1;
}

Golden parseGolden(const QString &sampleName)
{
    static const QRegularExpression blockStart(
        QStringLiteral("^(registry|docker|server|lock|prune|auditor|builder\\.|proxy\\(|app\\(|"
                       "accessory\\(|alias )"));
    Golden golden;
    const QStringList lines
        = readText(goldenDir() + QLatin1Char('/') + sampleName + QStringLiteral(".txt"))
              .split(QLatin1Char('\n'));
    qsizetype i = 0;
    while (i < lines.size() && !lines.at(i).startsWith(QLatin1String("== Building blocks")))
        ++i;
    i += 2; // the heading and its rule
    for (; i < lines.size() && !lines.at(i).isEmpty(); ++i)
        golden.summary.append(lines.at(i));
    for (; i < lines.size() && !lines.at(i).startsWith(QLatin1String("=====")); ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("    |"))) {
            QString content = line.mid(5);
            if (content.startsWith(QLatin1Char(' ')))
                content.remove(0, 1);
            golden.blocks.last().content.append(content);
            golden.blocks.last().hasContent = true;
        } else if (blockStart.match(line).hasMatch() && nameEnd(line) > 0) {
            const qsizetype end = nameEnd(line);
            golden.blocks.append(Block {line.left(end), line.mid(end + 2), {}, false});
        } else if (!golden.blocks.isEmpty()) {
            golden.blocks.last().value += QLatin1Char('\n') + line;
        }
    }
    return golden;
}

QString rubyArray(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted.append(Shell::rubyDump(value));
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString optionalText(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("nil") : Shell::rubyDump(value);
}

QString mountInspect(const AccessoryMount &mount)
{
    return QStringLiteral(
               "{:host_path=>%1, :container_path=>%2, :options=>%3, :mode=>%4, :owner=>%5}")
        .arg(Shell::rubyDump(mount.hostPath), Shell::rubyDump(mount.containerPath),
             optionalText(mount.options), optionalText(mount.mode), optionalText(mount.owner));
}

// The dump's config summary, produced from Berth's model.
QStringList summaryOf(const KamalConfig &config)
{
    QStringList lines;
    lines << QStringLiteral("service: ") + config.service;
    lines << QStringLiteral("destination: ")
            + (config.destination.isEmpty() ? QStringLiteral("nil")
                                            : Shell::rubyDump(config.destination));
    lines << QStringLiteral("image: %1  absolute_image: %2  latest_image: %3")
                 .arg(config.image, config.absoluteImage(version()), config.latestImage());
    lines << QStringLiteral("hosts: ") + config.allHosts().join(QStringLiteral(", "));
    lines << QStringLiteral("primary_host: %1  primary_role: %2")
                 .arg(config.primaryHost(), config.primaryRoleName);
    for (const Role &role : config.roles) {
        lines << QStringLiteral("role %1: hosts=%2 container_prefix=%3 running_proxy=%4 cmd=%5")
                     .arg(role.name, role.hosts.join(QLatin1Char(',')), role.containerPrefix,
                          role.runsProxy ? QStringLiteral("true") : QStringLiteral("false"),
                          optionalText(role.cmd));
    }
    lines << QStringLiteral("proxy_hosts: ") + config.proxyHosts().join(QStringLiteral(", "));
    lines << QStringLiteral("accessory_hosts: ")
            + config.accessoryHosts().join(QStringLiteral(", "));
    lines << QStringLiteral("ssh: user=%1 port=%2  net-ssh options={:user=>%3, :port=>%2, "
                            ":keepalive=>true, :keepalive_interval=>30}")
                 .arg(config.ssh.user, QString::number(config.ssh.port),
                      Shell::rubyDump(config.ssh.user));
    lines << QStringLiteral("run_directory: ") + config.runDirectory;
    const Builder &builder = config.builder;
    const Builder::Kind kind = builder.kind(dockerArch());
    const QString target = kind == Builder::Kind::Remote ? QStringLiteral("remote")
        : kind == Builder::Kind::Hybrid                  ? QStringLiteral("hybrid")
                                                         : QStringLiteral("local");
    lines << QStringLiteral(
                 "builder target: %1  (remote=%2, arches=%3, local_arches=%4, remote_arches=%5)")
                 .arg(target, optionalText(builder.remote), rubyArray(builder.arches),
                      rubyArray(builder.localArches(dockerArch())),
                      rubyArray(builder.remoteArches(dockerArch())));
    lines
        << QStringLiteral(
               "retain_containers: %1  deploy_timeout: %2  readiness_delay: %3  drain_timeout: %4")
               .arg(config.retainContainers)
               .arg(config.deployTimeout)
               .arg(config.readinessDelay)
               .arg(config.drainTimeout);
    const std::optional<int> limit = config.bootLimit();
    lines << QStringLiteral("boot: limit=%1 wait=%2")
                 .arg(limit ? QString::number(*limit) : QStringLiteral("nil"),
                      config.boot.wait ? QString::number(*config.boot.wait)
                                       : QStringLiteral("nil"));
    return lines;
}

// A scenario section of a golden dump: the command lines of each host, in order. Continuation
// lines (the base64 lock details) are joined back; `|` upload lines are kept as they are.
QHash<QString, QStringList> scenarioLines(const QString &sampleName, const QString &heading,
                                          const QString &suffix = QStringLiteral(".txt"))
{
    static const QRegularExpression targetId(QStringLiteral("--target=\"[0-9a-f]{12}:"));
    QHash<QString, QStringList> hosts;
    const QStringList lines
        = readText(goldenDir() + QLatin1Char('/') + sampleName + suffix).split(QLatin1Char('\n'));
    qsizetype i = 0;
    while (i < lines.size() && !lines.at(i).startsWith(QStringLiteral("== ") + heading))
        ++i;
    i += 3;
    QString last;
    for (; i < lines.size() && !lines.at(i).startsWith(QLatin1String("=====")); ++i) {
        const QString &line = lines.at(i);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            const qsizetype end = line.indexOf(QStringLiteral("] "));
            last = line.mid(1, end - 1);
            QString command = line.mid(end + 2);
            command.replace(targetId, QStringLiteral("--target=\"CID:"));
            hosts[last].append(command);
        } else if (line.startsWith(QLatin1String("    |"))) {
            hosts[last].append(line);
        } else if (!last.isEmpty()) {
            hosts[last].last() += QLatin1Char('\n') + line;
        }
    }
    return hosts;
}

// The simulated servers of berth-cli plan --simulate answer the plans' questions.
using FakeDocker = SimulatedServers;

QString contentOf(const Result<QString> &content)
{
    return content ? *content : QStringLiteral("<error: %1>").arg(content.error().message);
}

// What Berth builds for one building block name. `seen` counts repeated names (an accessory
// with two files has two "file" lines).
QString actualFor(const KamalConfig &config, const SecretValues &secrets,
                  const QString &projectRoot, const Block &block, QHash<QString, int> &seen)
{
    static const QRegularExpression proxyName(QStringLiteral("^proxy\\(([^)]+)\\)\\.(\\w+)$"));
    static const QRegularExpression appName(QStringLiteral("^app\\((\\w+), ([^)]+)\\)(.*)$"));
    static const QRegularExpression accessoryName(QStringLiteral("^accessory\\(([\\w-]+)\\)(.*)$"));
    static const QRegularExpression quotedArg(
        QStringLiteral("\\(\\w+: \"([^\"]*)\"\\)|\\(\"([^\"]*)\"\\)"));
    const QString &name = block.name;
    const int occurrence = seen[name]++;
    const Stamp stamp = goldenStamp();
    const BuilderCommands builder(config, version(), dockerArch());

    if (name == QLatin1String("registry.login")) {
        const Result<Command> login = RegistryCommands(config).login(secrets);
        return login ? login->toString() : login.error().message;
    }
    if (name == QLatin1String("registry.logout"))
        return RegistryCommands(config).logout().toString();
    if (name == QLatin1String("docker.create_network"))
        return ServerCommands(config).createNetwork().toString();
    if (name == QLatin1String("server.ensure_run_directory"))
        return ServerCommands(config).ensureRunDirectory().toString();
    if (name == QLatin1String("lock.acquire(\"msg\", version)"))
        return LockCommands(config).acquire(QStringLiteral("msg"), version(), stamp).toString();
    if (name == QLatin1String("lock.release"))
        return LockCommands(config).release().toString();
    if (name == QLatin1String("lock.status"))
        return LockCommands(config).status().toString();
    if (name == QLatin1String("prune.dangling_images"))
        return PruneCommands(config).danglingImages().toString();
    if (name == QLatin1String("prune.tagged_images"))
        return PruneCommands(config).taggedImages().toString();
    if (name.startsWith(QLatin1String("prune.app_containers(retain: ")))
        return PruneCommands(config).appContainers(config.retainContainers).toString();
    if (name.startsWith(QLatin1String("auditor.record(\""))) {
        const QString message = name.mid(16, name.size() - 18);
        return AuditCommands(config, stamp).record(message).toString();
    }
    if (name == QLatin1String("builder.ensure_docker_installed"))
        return builder.ensureDockerInstalled().toString();
    if (name == QLatin1String("builder.create"))
        return builder.create().toString();
    if (name == QLatin1String("builder.remove"))
        return builder.remove().toString();
    if (name == QLatin1String("builder.inspect_builder"))
        return builder.inspectBuilder().toString();
    if (name == QLatin1String("builder.push"))
        return builder.push().toString();
    if (name == QLatin1String("builder.push_env")) {
        QStringList pairs;
        for (const auto &[key, value] : builder.pushEnv())
            pairs.append(Shell::rubyDump(key) + QStringLiteral("=>") + Shell::rubyDump(value));
        return QLatin1Char('{') + pairs.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    if (name == QLatin1String("builder.pull"))
        return builder.pull().toString();
    if (name == QLatin1String("builder.clean"))
        return builder.clean().toString();
    if (name == QLatin1String("builder.validate_image"))
        return builder.validateImage().toString();
    if (name == QLatin1String("builder.info"))
        return builder.info().toString();
    if (name == QLatin1String("builder.first_mirror"))
        return builder.firstMirror().toString();

    if (const auto match = proxyName.match(name); match.hasMatch()) {
        const ProxyCommands proxy(config);
        const QString host = match.captured(1);
        const QString what = match.captured(2);
        if (what == QLatin1String("version"))
            return proxy.version().toString();
        if (what == QLatin1String("ensure_apps_config_directory"))
            return proxy.ensureAppsConfigDirectory().toString();
        if (what == QLatin1String("start_or_run"))
            return proxy.startOrRun(host).toString();
        if (what == QLatin1String("stop"))
            return proxy.stop().toString();
        if (what == QLatin1String("info"))
            return proxy.info().toString();
    }

    if (const auto match = appName.match(name); match.hasMatch()) {
        const Role *role = config.role(match.captured(1));
        if (!role)
            return QStringLiteral("<no role %1>").arg(match.captured(1));
        const AppCommands app(config, *role, match.captured(2), version());
        const QString what = match.captured(3);
        const auto argMatch = quotedArg.match(what);
        const QString arg
            = argMatch.captured(1).isEmpty() ? argMatch.captured(2) : argMatch.captured(1);
        if (what == QLatin1String(".ensure_env_directory"))
            return app.ensureEnvDirectory().toString();
        if (what == QLatin1String(" secrets file"))
            return app.secretsPath() + QLatin1Char('\n')
                + contentOf(app.secretsFileContent(secrets));
        if (what.startsWith(QLatin1String(".run(hostname: ")))
            return app
                .run(AppCommands::containerHostname(match.captured(2),
                                                    QStringLiteral("0123456789ab")))
                .toString();
        if (what.startsWith(QLatin1String(".container_id_for_version(")))
            return app.containerIdForVersion(arg).toString();
        if (what == QLatin1String(".current_running_version"))
            return app.currentRunningVersion().toString();
        if (what == QLatin1String(".list_versions"))
            return app.listVersions().toString();
        if (what.startsWith(QLatin1String(".status(")))
            return app.status(arg).toString();
        if (what.startsWith(QLatin1String(".stop(")))
            return app.stop(arg).toString();
        if (what.startsWith(QLatin1String(".rename_container(")))
            return app.renameContainer(version(), version() + QStringLiteral("_replaced_X"))
                .toString();
        if (what.startsWith(QLatin1String(".deploy(")))
            return app.deploy(arg).toString();
        if (what == QLatin1String(".remove (from proxy)"))
            return app.remove().toString();
        if (what == QLatin1String(".tag_latest_image"))
            return app.tagLatestImage().toString();
    }

    if (const auto match = accessoryName.match(name); match.hasMatch()) {
        const Accessory *accessory = config.accessory(match.captured(1));
        if (!accessory)
            return QStringLiteral("<no accessory %1>").arg(match.captured(1));
        const AccessoryCommands commands(config, *accessory);
        const QString what = match.captured(2);
        if (what.isEmpty()) {
            return QStringLiteral("service_name=%1 hosts=%2 image=%3")
                .arg(accessory->serviceName, accessory->hosts.join(QLatin1Char(',')),
                     accessory->image);
        }
        if (what.startsWith(QLatin1String(".run(host: ")))
            return commands.run(what.mid(11, what.size() - 12)).toString();
        if (what == QLatin1String(".info(all: true, quiet: true)"))
            return commands.info(true, true).toString();
        if (what == QLatin1String(".ensure_env_directory"))
            return commands.ensureEnvDirectory().toString();
        if (what == QLatin1String(" secrets file"))
            return commands.secretsPath() + QLatin1Char('\n')
                + contentOf(commands.secretsFileContent(secrets));
        if (what == QLatin1String(" directory")) {
            const AccessoryMount mount = accessory->directories.value(occurrence);
            return AccessoryCommands::expandedHostPath(mount) + QLatin1Char(' ')
                + mountInspect(mount);
        }
        if (what == QLatin1String(" file")) {
            const AccessoryMount mount = accessory->files.value(occurrence);
            const QString local = mount.erb ? QStringLiteral("(generated from ERB)")
                                            : projectRoot + QLatin1Char('/') + mount.localPath;
            return local + QLatin1Char(' ') + mountInspect(mount);
        }
        if (what == QLatin1String(".start"))
            return commands.start().toString();
        if (what == QLatin1String(".stop"))
            return commands.stop().toString();
        if (what == QLatin1String(".remove_container"))
            return commands.removeContainer().toString();
        if (what == QLatin1String(".remove_image"))
            return commands.removeImage().toString();
        if (what == QLatin1String(".remove_service_directory"))
            return commands.removeServiceDirectory().toString();
    }

    if (name.startsWith(QLatin1String("alias "))) {
        const QString alias = name.mid(6);
        for (const auto &[aliasName, command] : config.aliases) {
            if (aliasName == alias)
                return QStringLiteral("kamal ") + command;
        }
    }
    return QStringLiteral("<no builder for %1>").arg(name);
}

QString expectedFor(const Block &block)
{
    if (!block.hasContent)
        return block.value;
    return block.value + QLatin1Char('\n') + block.content.join(QLatin1Char('\n'))
        + QLatin1Char('\n');
}

} // namespace

namespace {

// Tallies for the closing summary line.
int blockCount = 0;
int identicalBlocks = 0;
int summaryCount = 0;
int identicalSummaryLines = 0;
int planRows = 0;
int identicalPlanRows = 0;

} // namespace

class TestKamalCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logsGrep();
    void buildingBlocks_data();
    void buildingBlocks();
    void configSummary_data();
    void configSummary();
    void plans_data();
    void plans();
    void deployAfterInterruptionKeepsRoutedContainer();
    void moreCommands_data();
    void moreCommands();
    void oddInput_data();
    void oddInput();
    void shellEscaping_data();
    void shellEscaping();
    void cleanupTestCase();
};

void TestKamalCommands::buildingBlocks_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("actual");
    for (const Sample &sample : samples()) {
        const LoadedSample loaded = loadSample(sample);
        QVERIFY2(loaded.error.isEmpty(),
                 qPrintable(sample.name + QStringLiteral(": ") + loaded.error));
        QVERIFY(loaded.config);
        const Golden golden = parseGolden(sample.name);
        QVERIFY2(!golden.blocks.isEmpty(), qPrintable(sample.name));
        QHash<QString, int> seen;
        for (const Block &block : golden.blocks) {
            const QString actual = actualFor(*loaded.config, loaded.secrets,
                                             QStringLiteral("<project-root>"), block, seen);
            QTest::addRow("%s | %s", qPrintable(sample.name.left(1)), qPrintable(block.name))
                << expectedFor(block) << actual;
        }
    }
}

void TestKamalCommands::buildingBlocks()
{
    QFETCH(QString, expected);
    QFETCH(QString, actual);
    ++blockCount;
    QCOMPARE(actual, expected);
    ++identicalBlocks;
}

void TestKamalCommands::configSummary_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("actual");
    for (const Sample &sample : samples()) {
        const LoadedSample loaded = loadSample(sample);
        QVERIFY(loaded.config);
        const QStringList expected = parseGolden(sample.name).summary;
        const QStringList actual = summaryOf(*loaded.config);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QTest::addRow("%s | %s", qPrintable(sample.name.left(1)),
                          qPrintable(expected.at(i).section(QLatin1Char(':'), 0, 0)))
                << expected.at(i) << actual.at(i);
        }
    }
}

void TestKamalCommands::configSummary()
{
    QFETCH(QString, expected);
    QFETCH(QString, actual);
    ++summaryCount;
    QCOMPARE(actual, expected);
    ++identicalSummaryLines;
}

void TestKamalCommands::plans_data()
{
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("actual");
    for (const Sample &sample : samples()) {
        const LoadedSample loaded = loadSample(sample);
        QVERIFY(loaded.config);
        const KamalConfig &config = *loaded.config;
        PlanInputs inputs;
        inputs.version = version();
        inputs.stamp = goldenStamp();
        inputs.secrets = loaded.secrets;
        inputs.hostnameSuffix = QStringLiteral("0123456789ab");
        inputs.replacedSuffix = QStringLiteral("0123456789abcdef");
        // Accessory files as the engine would hand them over: read, and ERB rendered.
        for (const Accessory &accessory : config.accessories) {
            for (const AccessoryMount &file : accessory.files) {
                QString text
                    = readText(goldenDir() + QLatin1Char('/') + sample.name
                               + QStringLiteral(".files.") + QFileInfo(file.localPath).fileName());
                text.replace(QStringLiteral("<%= ENV[\"POSTGRES_PASSWORD\"] %>"),
                             loaded.secrets.value(QStringLiteral("POSTGRES_PASSWORD")));
                inputs.accessoryFiles.insert(file.localPath, text);
            }
        }
        const PlanBuilder builder(config, inputs);
        PlanInputs pullOnly = inputs;
        pullOnly.skipPush = true;

        const QString more = QStringLiteral(".more.txt");
        const QString v1 = QStringLiteral("v1");
        const QString v2 = QStringLiteral("v2");
        const bool hasDb = std::any_of(config.accessories.cbegin(), config.accessories.cend(),
                                       [](const Accessory &a) { return a.name == u"db"_s; });
        const struct
        {
            QString heading;
            Result<Plan> plan;
            QString running; // version running before, per role and host
            QString stopped; // version present but stopped
            QString file = QStringLiteral(".txt");
            bool builderExists = false;
        } scenarios[] = {
            {QStringLiteral("Deploy v2 (state"), builder.deploy(), QStringLiteral("v1"), QString()},
            {QStringLiteral("First deploy v2 with --skip-push"),
             PlanBuilder(config, pullOnly).deploy(), QString(), QString()},
            {QStringLiteral("Rollback to v1"), builder.rollback(QStringLiteral("v1")),
             QStringLiteral("v2"), QStringLiteral("v1")},
            {QStringLiteral("Boot all accessories"), builder.accessoryBoot(), QString(), QString()},
            {QStringLiteral("Prune"), builder.prune(), QStringLiteral("v2"), QString()},
            {QStringLiteral("Lock acquire"),
             builder.lockAcquire(QStringLiteral("Anchor maintenance")), QString(), QString()},
            {QStringLiteral("Lock release"), builder.lockRelease(), QString(), QString()},
            {QStringLiteral("Setup on fresh hosts"), builder.setup(), QString(), QString(), more},
            {QStringLiteral("Redeploy v2"), builder.redeploy(), QStringLiteral("v1"), QString(),
             more, true},
            {QStringLiteral("App remove"), builder.appRemove(), QStringLiteral("v2"),
             QStringLiteral("v1"), more},
            {QStringLiteral("Proxy boot"), builder.proxyBoot(), QStringLiteral("v2"),
             QStringLiteral("v1"), more},
            {QStringLiteral("Proxy reboot"), builder.proxyReboot(), QStringLiteral("v2"),
             QStringLiteral("v1"), more},
            {QStringLiteral("Remove everything"), builder.remove(), QStringLiteral("v2"),
             QStringLiteral("v1"), more},
            {QStringLiteral("Accessory reboot db"),
             hasDb ? builder.accessoryReboot(u"db"_s) : Result<Plan>(Plan {}), QString(), QString(),
             more},
            {QStringLiteral("Accessory remove db"),
             hasDb ? builder.accessoryRemove(u"db"_s) : Result<Plan>(Plan {}), QString(), QString(),
             more},
            // The views and small operations (issue 6).
            {QStringLiteral("App containers"), builder.appContainers(), v2, v1, more},
            {QStringLiteral("App images"), builder.appImages(), v2, v1, more},
            {QStringLiteral("App details"), builder.appDetails(), v2, v1, more},
            {QStringLiteral("App logs, last 50 lines"),
             builder.appLogs(LogOptions {50, {}, {}, false}), v2, v1, more},
            {QStringLiteral("App maintenance"), builder.appMaintenance(), v2, v1, more},
            {QStringLiteral("App live"), builder.appLive(), v2, v1, more},
            {QStringLiteral("Accessory details all"),
             hasDb ? builder.accessoryDetails() : Result<Plan>(Plan {}), v2, v1, more},
            {QStringLiteral("Accessory logs db, last 50 lines"),
             hasDb ? builder.accessoryLogs(u"db"_s, LogOptions {50, {}, {}, false})
                   : Result<Plan>(Plan {}),
             v2, v1, more},
            {QStringLiteral("Accessory stop db ("),
             hasDb ? builder.accessoryStop(u"db"_s) : Result<Plan>(Plan {}), v2, v1, more},
            {QStringLiteral("Accessory start db ("),
             hasDb ? builder.accessoryStart(u"db"_s) : Result<Plan>(Plan {}), v2, v1, more},
            {QStringLiteral("Accessory stop db-backup"),
             hasDb ? builder.accessoryStop(u"db-backup"_s) : Result<Plan>(Plan {}), v2, v1, more},
            {QStringLiteral("Accessory start db-backup"),
             hasDb ? builder.accessoryStart(u"db-backup"_s) : Result<Plan>(Plan {}), v2, v1, more},
            {QStringLiteral("Proxy details"), builder.proxyDetails(), v2, v1, more},
            {QStringLiteral("Proxy logs, last 50 lines"),
             builder.proxyLogs(LogOptions {50, {}, {}, false}), v2, v1, more},
            {QStringLiteral("Proxy remove ("), builder.proxyRemove(false), v2, v1, more},
            {QStringLiteral("Proxy remove --force"), builder.proxyRemove(true), v2, v1, more},
            {QStringLiteral("Lock status while locked"), builder.lockStatus(), QString(), QString(),
             more},
            {QStringLiteral("Lock status while unlocked"), builder.lockStatus(), QString(),
             QString(), more},
        };
        for (const auto &scenario : scenarios) {
            QVERIFY2(scenario.plan,
                     qPrintable(scenario.plan ? QString() : scenario.plan.error().message));
            QHash<QString, QStringList> expected
                = scenarioLines(sample.name, scenario.heading, scenario.file);
            // Kamal was recorded with hosts one after another, so its check in `proxy remove`
            // ended at the first host with other apps; real Kamal runs it on every proxy host
            // at once (docs/kamal-compatibility.md), as Berth does: right after `mkdir -p`.
            if (scenario.heading.startsWith(QLatin1String("Proxy remove"))) {
                const QString count = ProxyCommands(config).countApps().toSshKitString();
                const QString runDirectory
                    = ServerCommands(config).ensureRunDirectory().toSshKitString();
                for (const QString &host : config.proxyHosts()) {
                    QStringList &lines = expected[host];
                    if (!lines.contains(count))
                        lines.insert(lines.indexOf(runDirectory) + 1, count);
                }
            }
            if (expected.isEmpty() && config.accessories.isEmpty()
                && scenario.heading.contains(QLatin1String("ccessor")))
                continue; // recorded for sample c only
            QVERIFY2(!expected.isEmpty(), qPrintable(scenario.heading));
            FakeDocker docker;
            if (scenario.builderExists)
                docker.setBuilderExists();
            // The deployed app's entry in .kamal/apps (what `proxy remove` counts).
            const QString appEntry = QFileInfo(config.appsDirectory()).fileName();
            for (const QString &host : config.allHosts())
                docker.addAppDirectory(host, appEntry);
            for (const QString &host : config.appHosts()) {
                for (const Role *role : config.rolesOnHost(host)) {
                    const QString prefix = role->containerPrefix + QLatin1Char('-');
                    if (!scenario.stopped.isEmpty())
                        docker.addContainer(host, prefix + scenario.stopped, false);
                    if (!scenario.running.isEmpty())
                        docker.addContainer(host, prefix + scenario.running, true);
                }
            }
            const QHash<QString, QStringList> actual = simulate(*scenario.plan, docker);
            QStringList hosts = expected.keys();
            for (const QString &host : actual.keys()) {
                if (!hosts.contains(host))
                    hosts.append(host);
            }
            hosts.sort();
            for (const QString &host : std::as_const(hosts)) {
                QTest::addRow("%s | %s | %s", qPrintable(sample.name.left(1)),
                              qPrintable(scenario.heading), qPrintable(host))
                    << expected.value(host) << actual.value(host);
            }
        }
    }
}

void TestKamalCommands::plans()
{
    QFETCH(QStringList, expected);
    QFETCH(QStringList, actual);
    ++planRows;
    // Show the first difference rather than two long lists.
    for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
    QCOMPARE(actual.size(), expected.size());
    ++identicalPlanRows;
}

// A deploy of v2 stopped after the proxy switch and before `latest` was tagged: kamal-proxy
// serves v2, Kamal's "current" (the latest image's container) is still v1. Deploying v2 again
// must not stop the container that serves traffic as stale before the switch, and must leave
// exactly one container of the app running.
void TestKamalCommands::deployAfterInterruptionKeepsRoutedContainer()
{
    const LoadedSample loaded = loadSample(samples().constFirst());
    QVERIFY(loaded.config);
    const KamalConfig &config = *loaded.config;
    const QString host = config.appHosts().constFirst();
    const Role *web = config.rolesOnHost(host).constFirst();
    QVERIFY(web->runsProxy);
    const QString prefix = web->containerPrefix + QLatin1Char('-');
    PlanInputs inputs;
    inputs.version = QStringLiteral("v2");
    inputs.stamp = goldenStamp();
    inputs.secrets = loaded.secrets;
    inputs.hostnameSuffix = QStringLiteral("0123456789ab");
    inputs.replacedSuffix = QStringLiteral("0123456789abcdef");
    const Result<Plan> plan = PlanBuilder(config, inputs).deploy();
    QVERIFY(plan);

    FakeDocker docker;
    // FakeDocker's "current" is the newest running container: v1 here, as Kamal's would be.
    docker.addContainer(host, prefix + QStringLiteral("v2"), true);
    docker.addContainer(host, prefix + QStringLiteral("v1"), true);
    docker.setRouted(host, QStringLiteral("v2"));
    const QStringList lines = simulate(*plan, docker).value(host);

    const auto switchLine = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.contains(QLatin1String("kamal-proxy deploy"));
    });
    QVERIFY(switchLine != lines.cend());
    for (auto it = lines.cbegin(); it != switchLine; ++it)
        QVERIFY2(!it->contains(QLatin1String("docker stop")), qPrintable(*it));
    QVERIFY(docker.isRunning(host, prefix + QStringLiteral("v2")));
    QVERIFY(!docker.isRunning(host, prefix + QStringLiteral("v1")));
    QVERIFY(!docker.isRunning(host, prefix + QStringLiteral("v2_replaced_0123456789abcdef")));

    // Without Berth's routed-container check, the stale step would have stopped v2 first.
    FakeDocker unaware;
    unaware.addContainer(host, prefix + QStringLiteral("v2"), true);
    unaware.addContainer(host, prefix + QStringLiteral("v1"), true);
    const QStringList kamalLines = simulate(*plan, unaware).value(host);
    QVERIFY(std::any_of(kamalLines.cbegin(), kamalLines.cend(), [&prefix](const QString &line) {
        return line.contains(QLatin1String("docker stop"))
            && line.contains(QStringLiteral("name=^%1v2$").arg(prefix));
    }));
}

void TestKamalCommands::moreCommands_data()
{
    // Builders the building blocks do not list, checked against the command lines of the
    // further scenarios (<s>.more.txt): each must appear there verbatim.
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QStringList>("recorded");
    for (const Sample &sample : samples()) {
        const LoadedSample loaded = loadSample(sample);
        QVERIFY(loaded.config);
        const KamalConfig &config = *loaded.config;
        QStringList recorded;
        for (const QString &line :
             readText(goldenDir() + QLatin1Char('/') + sample.name + QStringLiteral(".more.txt"))
                 .split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('[')))
                recorded.append(line.mid(line.indexOf(QStringLiteral("] ")) + 2));
        }
        const Role &role = *config.primaryRole();
        const AppCommands app(config, role, role.hosts.constFirst(), version());
        // `app exec` without --version runs the latest tag.
        const AppCommands latest(config, role, role.hosts.constFirst(), config.latestTag());
        const ProxyCommands proxy(config);
        QList<std::pair<QString, Command>> commands {
            {u"app.exec new latest"_s, latest.executeInNewContainer(u"ls -la"_s, u"012345"_s)},
            {u"app.logs(50)"_s, app.logs(50)},
            {u"app.exec"_s, app.executeInExistingContainer(u"ls -la"_s)},
            {u"app.exec new"_s, app.executeInNewContainer(u"ls -la"_s, u"012345"_s)},
            {u"app.start"_s, app.start()},
            {u"app.info"_s, app.info()},
            {u"app.maintenance"_s, app.maintenance()},
            {u"app.live"_s, app.live()},
            {u"app.remove_containers"_s, app.removeContainers()},
            {u"app.remove_images"_s, app.removeImages()},
            {u"app.list_containers"_s, app.listContainers()},
            {u"app.list_images"_s, app.listImages()},
            {u"proxy.logs(50)"_s, proxy.logs(50)},
            {u"proxy.remove_container"_s, proxy.removeContainer()},
            {u"proxy.remove_image"_s, proxy.removeImage()},
            {u"proxy.remove_proxy_directory"_s, proxy.removeProxyDirectory()},
            {u"proxy.remove_app_config_directory"_s, proxy.removeAppConfigDirectory()},
            {u"proxy.count_apps"_s, proxy.countApps()},
            {u"server.remove_app_directory"_s, ServerCommands(config).removeAppDirectory()},
            {u"registry.logout"_s, RegistryCommands(config).logout()},
        };
        if (!config.accessories.isEmpty()) {
            const AccessoryCommands accessory(config, config.accessories.constFirst());
            commands.append({u"accessory.logs(50)"_s, accessory.logs(50)});
            commands.append({u"accessory.exec"_s, accessory.executeInExistingContainer(u"ls"_s)});
            commands.append({u"accessory.start"_s, accessory.start()});
            commands.append({u"accessory.stop"_s, accessory.stop()});
        }
        for (const auto &[name, command] : std::as_const(commands)) {
            QTest::addRow("%s | %s", qPrintable(sample.name.left(1)), qPrintable(name))
                << command.toSshKitString() << recorded;
        }
    }
}

void TestKamalCommands::moreCommands()
{
    QFETCH(QString, actual);
    QFETCH(QStringList, recorded);
    QVERIFY2(recorded.contains(actual), qPrintable(actual));
}

void TestKamalCommands::oddInput_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<bool>("loads");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("list") << u"- a\n- b\n"_s << false;
    QTest::newRow("no service") << u"image: x\n"_s << false;
    QTest::newRow("scalar servers") << u"service: s\nservers: 5\n"_s << true;
    QTest::newRow("hosts not a list") << u"service: s\nservers:\n  web:\n    hosts: 3\n"_s << true;
    QTest::newRow("empty host map") << u"service: s\nservers:\n  - {}\n  - ~\n"_s << true;
    QTest::newRow("accessories list") << u"service: s\naccessories: [1, 2]\n"_s << true;
    QTest::newRow("accessory odd") << u"service: s\naccessories:\n  db:\n    files: [{}, 3]\n    "
                                      u"directories: x\n    roles: [nope]\n"_s
                                   << true;
    QTest::newRow("env list") << u"service: s\nenv: [a, b]\nservers: [h]\n"_s << true;
    QTest::newRow("proxy scalar") << u"service: s\nproxy: true\nservers: [h]\n"_s << true;
    QTest::newRow("role proxy odd") << u"service: s\nservers:\n  web:\n    hosts: [h]\n    "
                                       u"proxy: {healthcheck: 3, buffering: [1]}\n"_s
                                    << true;
    QTest::newRow("boot percent only")
        << u"service: s\nboot: {limit: '%'}\nservers: [h]\n"_s << true;
    QTest::newRow("builder odd")
        << u"service: s\nbuilder: {arch: {a: 1}, cache: 2}\nservers: [h]\n"_s << true;
    QTest::newRow("secret alias missing")
        << u"service: s\nenv:\n  secret: [A:B]\nservers: [h]\n"_s << true;
}

void TestKamalCommands::oddInput()
{
    QFETCH(QString, yaml);
    QFETCH(bool, loads);
    const Config::YamlParseResult parsed = Config::parseYaml(yaml, QStringLiteral("deploy.yml"));
    const Result<KamalConfig> config = KamalConfig::load(parsed.root, QString());
    QCOMPARE(config.has_value(), loads);
    if (!config)
        return;
    // Every builder and plan must cope with whatever came out: no crash, errors as values.
    (void)config->bootLimit();
    (void)config->allHosts();
    PlanInputs inputs;
    inputs.version = version();
    const PlanBuilder plans(*config, inputs);
    for (const Result<Plan> &plan : {plans.deploy(),
                                     plans.rollback(QStringLiteral("v1")),
                                     plans.appStop(),
                                     plans.appStart(),
                                     plans.accessoryBoot(),
                                     plans.prune(),
                                     plans.appDetails(),
                                     plans.appContainers(),
                                     plans.appImages(),
                                     plans.appLogs({}),
                                     plans.appLogs(LogOptions {{}, {}, {}, true}),
                                     plans.appMaintenance(),
                                     plans.appLive(),
                                     plans.accessoryDetails(),
                                     plans.accessoryLogs({}, {}),
                                     plans.accessoryStart(),
                                     plans.accessoryStop(),
                                     plans.proxyDetails(),
                                     plans.proxyLogs({}),
                                     plans.proxyRemove(true),
                                     plans.lockStatus()})
        (void)plan.has_value();
    for (const Role &role : config->roles) {
        for (const QString &host : role.hosts) {
            const AppCommands app(*config, role, host, version());
            QVERIFY(!app.run(QString()).isEmpty());
            QVERIFY(!app.deploy(QStringLiteral("CID")).isEmpty());
            (void)app.secretsFileContent({});
        }
    }
    for (const Accessory &accessory : config->accessories)
        QVERIFY(!AccessoryCommands(*config, accessory).run(QString()).isEmpty());
    QVERIFY(!BuilderCommands(*config, version(), dockerArch()).push().isEmpty());
}

void TestKamalCommands::shellEscaping_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QString>("envFile");
    // Kamal::Utils.escape_shell_value and Kamal::EnvFile, from Kamal's own tests and §1.5.
    QTest::newRow("plain") << u"abc"_s << u"\"abc\""_s << u"abc"_s;
    QTest::newRow("quote") << u"a\"b"_s << u"\"a\\\"b\""_s << u"a\"b"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"\"a\\\\b\""_s << u"a\\\\b"_s;
    QTest::newRow("newline") << u"a\nb"_s << u"\"a\\nb\""_s << u"a\\nb"_s;
    QTest::newRow("dollar") << u"$HOME"_s << u"\"\\$HOME\""_s << u"$HOME"_s;
    QTest::newRow("expansion") << u"${HOST_TOKEN}"_s << u"\"${HOST_TOKEN}\""_s
                               << u"${HOST_TOKEN}"_s;
    QTest::newRow("backtick") << u"`id`"_s << u"\"\\`id\\`\""_s << u"`id`"_s;
    QTest::newRow("interpolation") << u"#{x}"_s << u"\"\\#{x}\""_s << u"#{x}"_s;
    QTest::newRow("non-ascii") << u"caf\u00e9!"_s << u"\"caf\"\u00e9\"!\""_s << u"caf\u00e9!"_s;
}

void TestKamalCommands::shellEscaping()
{
    QFETCH(QString, value);
    QFETCH(QString, shell);
    QFETCH(QString, envFile);
    QCOMPARE(Shell::escapeValue(value), shell);
    QCOMPARE(Shell::escapeEnvFileValue(value), envFile);
}

void TestKamalCommands::cleanupTestCase()
{
    qInfo("kamal building blocks: %d/%d identical", identicalBlocks, blockCount);
    qInfo("kamal config summary lines: %d/%d identical", identicalSummaryLines, summaryCount);
    qInfo("kamal plan scenarios (per host): %d/%d identical", identicalPlanRows, planRows);
}

// --grep as Kamal writes it: single quotes, double when following; nothing without one.
void TestKamalCommands::logsGrep()
{
    const Command logs {QStringLiteral("docker"), QStringLiteral("logs"), QStringLiteral("x")};
    LogOptions options;
    QCOMPARE(withGrep(logs, options).toString(), QStringLiteral("docker logs x"));
    options.grep = QStringLiteral("error 5");
    QCOMPARE(withGrep(logs, options).toString(), QStringLiteral("docker logs x | grep 'error 5'"));
    options.follow = true;
    QCOMPARE(withGrep(logs, options).toString(),
             QStringLiteral("docker logs x | grep \"error 5\""));
}

QTEST_GUILESS_MAIN(TestKamalCommands)
#include "tst_kamalcommands.moc"
