#pragma once

#include "core/Result.h"
#include "core/kamal/Command.h"
#include "core/kamal/KamalConfig.h"

#include <QString>
#include <optional>

namespace Berth::Kamal {

// One accessory's container and the files and directories it mounts
// (Kamal::Commands::Accessory). Uploads themselves are the engine's job; this gives paths,
// modes and the commands around them.
// A cheap view: it refers to the config (and role/accessory), which must outlive it.
class AccessoryCommands
{
public:
    AccessoryCommands(const KamalConfig &config, const Accessory &accessory)
        : m_config(config)
        , m_accessory(accessory)
    { }

    [[nodiscard]] QString envDirectory() const; // .kamal/apps/<svc_dest>/env/accessories
    [[nodiscard]] QString secretsPath() const; // …/accessories/<name>.env
    [[nodiscard]] Result<QString> secretsFileContent(const SecretValues &secrets) const;
    // `$PWD/<host path>` for a relative directory, the path itself for an absolute one.
    [[nodiscard]] static QString expandedHostPath(const AccessoryMount &mount);

    [[nodiscard]] Command ensureEnvDirectory() const;
    [[nodiscard]] Command run(const QString &host) const;
    [[nodiscard]] Command info(bool all = false, bool quiet = false) const;
    [[nodiscard]] Command start() const;
    [[nodiscard]] Command stop() const;
    [[nodiscard]] Command removeContainer() const;
    [[nodiscard]] Command removeImage() const;
    [[nodiscard]] Command removeServiceDirectory() const;
    [[nodiscard]] Command pullImage() const;
    [[nodiscard]] Command logs(std::optional<int> lines = std::nullopt) const;
    // With --since and --grep; `follow`: the last 10 lines, then follows (lines ignored).
    [[nodiscard]] Command logs(const LogOptions &options) const;
    [[nodiscard]] Command executeInExistingContainer(const QString &command,
                                                     bool interactive = false) const;
    [[nodiscard]] Command executeInNewContainer(const QString &command,
                                                bool interactive = false) const;
    // Before a file upload: its parent directory; after it: chmod (and chown when set).
    [[nodiscard]] Command makeFileDirectory(const AccessoryMount &file) const;
    [[nodiscard]] Command chmodFile(const AccessoryMount &file) const;
    [[nodiscard]] Command chownFile(const AccessoryMount &file) const; // empty without owner
    [[nodiscard]] Command makeDirectory(const AccessoryMount &directory) const;

private:
    [[nodiscard]] QStringList envArgs() const;
    [[nodiscard]] QStringList volumeArgs() const;

    const KamalConfig &m_config;
    const Accessory &m_accessory;
};

} // namespace Berth::Kamal
