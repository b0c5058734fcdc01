#pragma once

#include "core/kamal/Command.h"
#include "core/kamal/KamalConfig.h"

#include <QString>
#include <optional>

namespace Berth::Kamal {

// kamal-proxy on one host: its container lifecycle and the `kamal-proxy` CLI calls that
// route an app role (or accessory) to a container.
// A cheap view: it refers to the config (and role/accessory), which must outlive it.
class ProxyCommands
{
public:
    explicit ProxyCommands(const KamalConfig &config)
        : m_config(config)
    { }

    [[nodiscard]] Command version() const;
    [[nodiscard]] Command ensureAppsConfigDirectory() const;
    // `docker container start kamal-proxy || <run>`; `<run>` follows `proxy.run` of the host's
    // roles/accessories, else the legacy per-host boot-config files.
    [[nodiscard]] Command startOrRun(const QString &host) const;
    [[nodiscard]] Command run(const QString &host) const;
    [[nodiscard]] Command start() const;
    [[nodiscard]] Command stop() const;
    [[nodiscard]] Command info() const;
    [[nodiscard]] Command logs(std::optional<int> lines = std::nullopt) const;
    // With --since and --grep; `follow`: the last 10 lines, then follows (lines ignored).
    [[nodiscard]] Command logs(const LogOptions &options) const;
    [[nodiscard]] Command removeContainer() const;
    [[nodiscard]] Command removeImage() const;
    [[nodiscard]] Command removeProxyDirectory() const; // rm -r .kamal/proxy
    [[nodiscard]] Command removeAppConfigDirectory() const;
    [[nodiscard]] Command countApps() const; // ls .kamal/apps | wc -l

    // `docker exec kamal-proxy kamal-proxy deploy <service> --target=… …` in Kamal's flag order.
    // Berth's own (Kamal has none): the id of the container kamal-proxy sends `proxyService`'s
    // requests to; empty when it routes none or kamal-proxy is not running.
    [[nodiscard]] Command routedContainerId(const QString &proxyService) const;
    [[nodiscard]] Command deploy(const QString &proxyService, const Proxy &proxy,
                                 const QString &target, const QString &role,
                                 const QString &version) const;
    [[nodiscard]] Command remove(const QString &proxyService) const;
    [[nodiscard]] Command stopService(const QString &proxyService) const; // maintenance
    [[nodiscard]] Command resumeService(const QString &proxyService) const; // live

private:
    [[nodiscard]] std::optional<ProxyRun> runConfigFor(const QString &host) const;

    const KamalConfig &m_config;
};

} // namespace Berth::Kamal
