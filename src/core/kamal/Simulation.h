#pragma once

#include "core/Result.h"
#include "core/kamal/Plan.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Berth::Kamal {

// Servers that exist only on paper: just enough of Docker, per host, to answer the questions a
// plan asks (which containers exist, in creation order, and which run; whether the local
// builder exists; where kamal-proxy routes). Running a plan against them shows, without
// touching a server, the commands Berth would send — the form Kamal's recorded scenarios take,
// so a new scenario can be checked without code (`berth-cli plan … --simulate STATE.json`,
// docs/simulation.md).
class SimulatedServers
{
public:
    void addContainer(const QString &host, const QString &name, bool running);
    void setBuilderExists(bool exists = true) { m_builder = exists; }
    // The version kamal-proxy routes the app to on `host`.
    void setRouted(const QString &host, const QString &version) { m_routed[host] = version; }
    // An entry of `.kamal/apps` on `host` (an app or accessory installed there): what
    // `proxy remove` counts before it removes kamal-proxy.
    void addAppDirectory(const QString &host, const QString &name) { m_apps[host].insert(name); }
    [[nodiscard]] bool isRunning(const QString &host, const QString &name) const;

    // Runs one command (as Berth would send it) on `host`; its stdout, or nullopt for a failure.
    [[nodiscard]] std::optional<QString> run(const QString &host, const QString &command);

    // The state as docs/simulation.md describes it:
    // {"builder": true, "hosts": {"192.0.2.10": {"containers": [{"name": "app-web-v1",
    //  "running": true}], "routed": "v1", "apps": ["app"]}}}
    [[nodiscard]] static Result<SimulatedServers> fromJson(const QByteArray &json);

private:
    QHash<QString, QList<std::pair<QString, bool>>> m_containers;
    QHash<QString, QString> m_routed;
    QHash<QString, QSet<QString>> m_apps;
    bool m_builder = false;
};

// Runs `plan` against `servers`, hosts one after another within each stage, and returns each
// host's commands ("local" for this computer) in the form of Kamal's dumps: the command as
// SSHKit sends it, "UPLOAD <source> -> <path> mode=<mode>" with its content as "    | " lines.
// Berth's own safety steps (PlanAction::berthOnly) run but are not listed.
[[nodiscard]] QHash<QString, QStringList> simulate(const Plan &plan, SimulatedServers &servers);

} // namespace Berth::Kamal
