#pragma once

#include "core/kamal/KamalConfig.h"
#include "engine/PlanRunner.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace Berth::Engine {

// One of the project's containers on a server, as `docker ps -a` reports it.
struct ContainerInfo
{
    enum class Kind { App, Accessory, Proxy };
    Kind kind = Kind::App;
    QString name;
    QString image;
    QString state; // running, exited, restarting, created, dead, paused
    QString status; // docker's words: "Up 3 minutes", "Exited (0) 2 hours ago"
    QString createdAt;
    QString role; // app containers
    QString version; // app containers: the name without the role's prefix
    QString accessory; // accessory containers: the accessory's name in deploy.yml

    [[nodiscard]] bool isRunning() const { return state == QLatin1String("running"); }
};

// What one server runs for the project, and the deploy lock when this host keeps it.
struct HostSnapshot
{
    QString host;
    QList<ContainerInfo> containers;
    std::optional<QString> lockDetails; // decoded "Locked by: … at …\nVersion: …\nMessage: …"
    // Role → the version kamal-proxy routes the role's traffic to on this host (roles behind
    // the proxy; a role missing here has no route).
    QHash<QString, QString> routed;
    QString error; // the host could not be inspected
};

// The project's containers among the lines of `docker ps -a --format '{{json .}}'`: app
// containers by their service/role labels, accessories by name, and kamal-proxy. Containers
// of other projects on the same server are left out.
[[nodiscard]] QList<ContainerInfo> parseContainers(const QString &jsonLines,
                                                   const Kamal::KamalConfig &config);

// Looks at every host of the project over SSH, in parallel (one worker thread each), read
// only. Results arrive per host; the object never blocks its thread.
class ServerInspector : public QObject
{
    Q_OBJECT

public:
    ServerInspector(std::shared_ptr<const Kamal::KamalConfig> config, PlanRunner::Connector connect,
                    QObject *parent = nullptr);
    // Waits for the workers (each is bounded by the SSH timeouts).
    ~ServerInspector() override;

    void inspect();
    [[nodiscard]] bool isRunning() const { return m_pending.load() > 0; }

Q_SIGNALS:
    void hostInspected(const Berth::Engine::HostSnapshot &snapshot);
    void finished();

private:
    std::shared_ptr<const Kamal::KamalConfig> m_config;
    PlanRunner::Connector m_connect;
    std::vector<std::thread> m_workers;
    std::atomic_int m_pending {0};
};

// Follows `docker logs -f` of one container until stopped; output is redacted and batched.
class LogFollower : public QObject
{
    Q_OBJECT

public:
    LogFollower(PlanRunner::Connector connect, Secrets::Redactor redactor,
                QObject *parent = nullptr);
    ~LogFollower() override;

    void follow(const QString &host, const QString &container, int lines = 200);
    void stop();

Q_SIGNALS:
    void output(const QString &text);
    void ended(const QString &message);

private:
    PlanRunner::Connector m_connect;
    Secrets::Redactor m_redactor;
    std::thread m_worker;
    std::atomic_bool m_stop {false};
};

} // namespace Berth::Engine

Q_DECLARE_METATYPE(Berth::Engine::HostSnapshot)
