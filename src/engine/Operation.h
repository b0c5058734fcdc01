#pragma once

#include "core/Result.h"
#include "core/config/Diagnostic.h"
#include "core/kamal/InteractiveSsh.h"
#include "core/kamal/KamalConfig.h"
#include "core/kamal/Plan.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Berth::Engine {

struct HostKeyPolicy;

// The operations Berth runs, as the kamal CLI names them.
enum class OperationKind {
    Deploy,
    Rollback,
    AppBoot,
    AppStop,
    AppStart,
    AccessoryBoot,
    Prune,
    LockAcquire,
    LockRelease,
    AppExec,
    AccessoryExec,
    Setup,
    Redeploy,
    AppRemove,
    AccessoryReboot,
    AccessoryRemove,
    ProxyBoot,
    ProxyReboot,
    Remove,
    // What only looks (no lock), then the small changes under the lock.
    AppDetails,
    AppContainers,
    AppImages,
    AppLogs,
    AppMaintenance,
    AppLive,
    AccessoryDetails,
    AccessoryLogs,
    AccessoryStart,
    AccessoryStop,
    ProxyDetails,
    ProxyLogs,
    ProxyRemove,
    LockStatus,
    Recover // an interrupted run brought to one version already on the servers (settle)
};

// Whether the operation only reads (details, logs, lock status): no lock, no journal.
[[nodiscard]] bool isReadOnly(OperationKind kind);

struct OperationRequest
{
    QString projectRoot;
    QString destination;
    QString argument; // rollback: the version; accessory boot: the name; lock acquire: message
    QString version; // --version; empty: git HEAD, as Kamal derives it
    QString command; // exec: the command to run
    QString role; // app exec: only this role's hosts (kamal --roles); empty: every role
    Kamal::LogOptions logs; // app|accessory|proxy logs
    // app exec: only these hosts (kamal --hosts); recover: the hosts to boot the version on.
    QStringList hosts;
    // The project environment (keychain snapshot) for ERB, and the resolved .kamal/secrets.
    QHash<QString, QString> projectVariables;
    QHash<QString, QString> secrets;
    OperationKind kind = OperationKind::Deploy;
    bool skipPush = false; // deploy -P: deploy a version already in the registry
    bool reuse = false; // exec: in the running container rather than a new one
    bool force = false; // proxy remove --force
    bool releaseOwnLock = false; // recover: the interrupted run's own lock is removed first
};

// Everything a run needs, decided before anything runs: the configuration as Kamal reads
// it, the version and the plan per host.
struct PreparedOperation
{
    std::shared_ptr<const Kamal::KamalConfig> config;
    Kamal::Plan plan;
    QString version;
    // The lock text this run writes (empty when it takes no lock): how recovery tells this
    // run's lock from someone else's.
    QString lockDetails;
    Config::Diagnostics warnings;
};

// The configuration as Kamal reads it, loaded for running something on the servers.
struct ProjectConfig
{
    std::shared_ptr<const Kamal::KamalConfig> config;
    Config::Diagnostics warnings;
};

// Loads config/deploy.yml of `projectRoot` (ERB with the project environment first, then the
// process environment) and refuses to go on when Kamal would refuse it or when a value is
// computed by Ruby code Berth does not run (a run never uses a guessed value). Reads files.
[[nodiscard]] Result<ProjectConfig> loadProjectConfig(
    const QString &projectRoot, const QString &destination,
    const QHash<QString, QString> &projectVariables);

// The configuration as if deploy.yml named only `hosts` (Kamal's --hosts): each role keeps the
// hosts among them, roles left without one go. An error names any host that is not an app host
// of the configuration.
[[nodiscard]] Result<std::shared_ptr<const Kamal::KamalConfig>> limitToHosts(
    const std::shared_ptr<const Kamal::KamalConfig> &config, const QStringList &hosts);

// Loads the configuration (loadProjectConfig), refuses to go on when
// Kamal would refuse it or when a value is computed by Ruby code Berth does not run (a run
// never uses a guessed value), and builds the plan. Reads files and runs `git`; no network.
[[nodiscard]] Result<PreparedOperation> prepareOperation(const OperationRequest &request);

// Makes the build of `plan` run in a clean clone of the commit being deployed (Kamal's
// default when deploy.yml sets no builder context): a clone per project under the temporary
// folder, fetched and reset before each build. No-op outside a git repository.
void buildFromCleanClone(Kamal::Plan &plan, const Kamal::KamalConfig &config,
                         const QString &projectRoot, const QString &version);

// Adds the project's hooks (.kamal/hooks, or deploy.yml's hooks_path) to `plan` where Kamal
// runs them: pre-connect first, pre-build before the build, pre-deploy inside the lock,
// post-deploy at the end (only when everything before succeeded), each with Kamal's KAMAL_*
// variables (and the secrets, for those three). A failing hook stops the run.
void addHooks(Kamal::Plan &plan, const Kamal::KamalConfig &config, const OperationRequest &request,
              const QString &version, const Kamal::Stamp &stamp);

// `--hosts H1,H2` as a list: comma separated, spaces around a name ignored, no repeats.
[[nodiscard]] QStringList splitHosts(const QString &list);

// The exec request of an alias's words, `app exec [--reuse] [--version V] [--roles R]
// [--hosts H1,H2] CMD…` or
// `accessory exec NAME [--reuse] CMD…` (-i / --interactive are dropped: the caller decides how
// to run it); nullopt when the words are another command. Only kind, argument, command,
// reuse, version, role and hosts are set.
[[nodiscard]] std::optional<OperationRequest> execRequestFromWords(QStringList words);

// The request of the words of a view or small operation, as `kamal` takes them: `app
// details|containers|images|logs|maintenance|live`, `accessory details|start|stop NAME|all`,
// `accessory logs NAME`, `proxy details|logs|remove`, `lock status`. nullopt for other words.
// Only kind and argument are set (the accessory name as given: "all" stays "all").
[[nodiscard]] std::optional<OperationRequest> requestFromWords(const QStringList &words);

// An interactive exec (`app exec -i`, `accessory exec -i`) as Kamal runs it: the user's OpenSSH
// with a terminal, on the primary host (the role's first host when `config` was limited to a
// role, the accessory's first host). With `reuse` and no version, the running version is asked
// on that host first: this connects over SSH, so call it off the GUI thread. `terminal`: the
// session has a terminal (`docker exec -it`), else `-i` (a pipe). A known_hosts file in
// `policy` is handed to OpenSSH too.
[[nodiscard]] Result<Kamal::InteractiveSsh> interactiveExec(
    const std::shared_ptr<const Kamal::KamalConfig> &config, const OperationRequest &request,
    const HostKeyPolicy &policy, bool terminal);

// Kamal's version: the SHA of git HEAD, with `_uncommitted_<16 hex>` when the tree has
// changes; an error when the folder is not a git repository (then --version is needed).
[[nodiscard]] Result<QString> gitVersion(const QString &projectRoot);

// The deploy lock's and audit log's "who and when": now, and git's user.name/user.email.
[[nodiscard]] Kamal::Stamp currentStamp(const QString &projectRoot);

} // namespace Berth::Engine
