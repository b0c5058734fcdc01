#include "engine/ServerInspector.h"

#include "core/kamal/commands/AppCommands.h"
#include "core/kamal/commands/HostCommands.h"
#include "ssh/SshSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Engine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerInspector)
};

// docker's "Labels" field: "role=web,service=testapp,destination=".
QHash<QString, QString> labelsOf(const QString &text)
{
    QHash<QString, QString> labels;
    const QStringList pairs = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &pair : pairs)
        labels.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return labels;
}

} // namespace

QList<ContainerInfo> parseContainers(const QString &jsonLines, const Kamal::KamalConfig &config)
{
    QList<ContainerInfo> containers;
    const QStringList lines = jsonLines.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        if (object.isEmpty())
            continue;
        ContainerInfo info;
        info.name = object.value(QLatin1String("Names")).toString();
        info.image = object.value(QLatin1String("Image")).toString();
        info.state = object.value(QLatin1String("State")).toString();
        info.status = object.value(QLatin1String("Status")).toString();
        info.createdAt = object.value(QLatin1String("CreatedAt")).toString();
        const QHash<QString, QString> labels
            = labelsOf(object.value(QLatin1String("Labels")).toString());
        if (info.name == QLatin1String("kamal-proxy")) {
            info.kind = ContainerInfo::Kind::Proxy;
            containers.append(info);
            continue;
        }
        const auto accessory = std::find_if(
            config.accessories.cbegin(), config.accessories.cend(),
            [&info](const Kamal::Accessory &a) { return a.serviceName == info.name; });
        if (accessory != config.accessories.cend()) {
            info.kind = ContainerInfo::Kind::Accessory;
            info.accessory = accessory->name;
            containers.append(info);
            continue;
        }
        if (labels.value(QStringLiteral("service")) != config.service)
            continue;
        if (labels.value(QStringLiteral("destination")) != config.destination)
            continue;
        info.role = labels.value(QStringLiteral("role"));
        const auto role
            = std::find_if(config.roles.cbegin(), config.roles.cend(),
                           [&info](const Kamal::Role &r) { return r.name == info.role; });
        if (role == config.roles.cend()
            || !info.name.startsWith(role->containerPrefix + QLatin1Char('-')))
            continue;
        info.version = info.name.mid(role->containerPrefix.size() + 1);
        containers.append(info);
    }
    return containers;
}

ServerInspector::ServerInspector(std::shared_ptr<const Kamal::KamalConfig> config,
                                 PlanRunner::Connector connect, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_connect(std::move(connect))
{
    qRegisterMetaType<Berth::Engine::HostSnapshot>();
}

ServerInspector::~ServerInspector()
{
    for (std::thread &worker : m_workers) {
        if (worker.joinable())
            worker.join();
    }
}

void ServerInspector::inspect()
{
    if (isRunning())
        return;
    for (std::thread &worker : m_workers) {
        if (worker.joinable())
            worker.join();
    }
    m_workers.clear();
    const QStringList hosts = m_config->allHosts();
    if (hosts.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    m_pending.store(static_cast<int>(hosts.size()));
    for (const QString &host : hosts) {
        m_workers.emplace_back([this, host] {
            HostSnapshot snapshot;
            snapshot.host = host;
            auto session = m_connect(host);
            if (!session) {
                snapshot.error = session.error().message;
            } else {
                Ssh::ExecOptions options;
                options.inactivityTimeout = std::chrono::seconds(30);
                const auto listed = (*session)->exec(
                    QStringLiteral("docker ps -a --no-trunc --format '{{json .}}'"), options);
                if (!listed)
                    snapshot.error = listed.error().message;
                else if (listed->exitStatus != 0)
                    snapshot.error
                        = Text::tr("docker ps failed on %1: %2")
                              .arg(host, QString::fromUtf8(listed->standardError).trimmed());
                else
                    snapshot.containers
                        = parseContainers(QString::fromUtf8(listed->standardOutput), *m_config);
                // What kamal-proxy serves: the live version, which the newest container need
                // not be (a run may have stopped before or after the switch).
                for (const Kamal::Role *role : m_config->rolesOnHost(host)) {
                    if (!role->runsProxy)
                        continue;
                    const auto routed
                        = (*session)->exec(Kamal::AppCommands(*m_config, *role, host, QString())
                                               .routedVersion()
                                               .toString(),
                                           options);
                    const QString version = routed && routed->exitStatus == 0
                        ? QString::fromUtf8(routed->standardOutput).trimmed()
                        : QString();
                    if (!version.isEmpty())
                        snapshot.routed.insert(role->name,
                                               version.section(QLatin1Char('\n'), 0, 0));
                }
                if (host == m_config->primaryHost()) {
                    const auto lock = (*session)->exec(
                        Kamal::LockCommands(*m_config).status().toString(), options);
                    if (lock && lock->exitStatus == 0)
                        snapshot.lockDetails = QString::fromUtf8(lock->standardOutput).trimmed();
                }
                (*session)->disconnect();
            }
            Q_EMIT hostInspected(snapshot);
            if (m_pending.fetch_sub(1) == 1)
                Q_EMIT finished();
        });
    }
}

LogFollower::LogFollower(PlanRunner::Connector connect, Secrets::Redactor redactor, QObject *parent)
    : QObject(parent)
    , m_connect(std::move(connect))
    , m_redactor(std::move(redactor))
{ }

LogFollower::~LogFollower()
{
    stop();
}

void LogFollower::stop()
{
    m_stop.store(true);
    if (m_worker.joinable())
        m_worker.join();
}

void LogFollower::follow(const QString &host, const QString &container, int lines)
{
    stop();
    m_stop.store(false);
    m_worker = std::thread([this, host, container, lines] {
        auto session = m_connect(host);
        if (!session) {
            Q_EMIT ended(session.error().message);
            return;
        }
        Secrets::StreamRedactor redactor(m_redactor);
        QString pending;
        QElapsedTimer sinceEmit;
        sinceEmit.start();
        Ssh::ExecOptions options;
        options.cancelRequested = &m_stop;
        const auto emitPending = [&] {
            if (sinceEmit.elapsed() >= 100 && !pending.isEmpty()) {
                Q_EMIT output(pending);
                pending.clear();
                sinceEmit.restart();
            }
        };
        options.onOutput = [&](Ssh::Stream, const QByteArray &chunk) {
            pending += redactor.feed(QString::fromUtf8(chunk));
            emitPending();
        };
        options.onIdle = emitPending;
        const auto done
            = (*session)->exec(QStringLiteral("docker logs --timestamps --follow --tail %1 %2 2>&1")
                                   .arg(lines)
                                   .arg(container),
                               options);
        pending += redactor.flush();
        if (!pending.isEmpty())
            Q_EMIT output(pending);
        Q_EMIT ended(done || m_stop.load() ? QString() : done.error().message);
    });
}

} // namespace Berth::Engine
