#pragma once

#include "engine/Operation.h"
#include "engine/ServerInspector.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Berth::Config {
class ConfigSession;
}

namespace Berth::Gui {

class SecretsPage;

// What the Releases and Servers pages share: the project's configuration as Kamal reads it,
// and a read-only look at every server over SSH (in worker threads).
class ServerView : public QWidget
{
    Q_OBJECT

public:
    explicit ServerView(QWidget *parent = nullptr);
    ~ServerView() override;

    void setContext(const QString &projectRoot, const QString &destination,
                    Config::ConfigSession *session, SecretsPage *secrets);
    void setKnownHostsFile(const QString &file) { m_knownHostsFile = file; }
    // Looks at the servers again.
    void refresh();
    [[nodiscard]] bool isRefreshing() const { return m_inspector && m_inspector->isRunning(); }
    [[nodiscard]] const QHash<QString, Engine::HostSnapshot> &snapshots() const
    {
        return m_snapshots;
    }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    // The first time the page is shown for a project, it looks at the servers.
    void showEvent(QShowEvent *event) override;
    // Called when every host answered (or failed): the page shows what it found.
    virtual void present() = 0;
    [[nodiscard]] std::shared_ptr<const Kamal::KamalConfig> config() const { return m_config; }
    [[nodiscard]] Engine::PlanRunner::Connector connector() const;
    [[nodiscard]] Secrets::Redactor redactor() const;
    [[nodiscard]] QString projectRoot() const { return m_projectRoot; }
    QLabel *m_summary = nullptr;
    QPushButton *m_refresh = nullptr;

private:
    // Ends the inspection (its workers joined), declining what they still ask.
    void stopInspection();

    QPointer<Config::ConfigSession> m_session;
    QPointer<SecretsPage> m_secrets;
    QString m_projectRoot;
    QString m_destination;
    QString m_knownHostsFile;
    std::shared_ptr<const Kamal::KamalConfig> m_config;
    std::unique_ptr<Engine::ServerInspector> m_inspector;
    QHash<QString, Engine::HostSnapshot> m_snapshots;
};

// Releases: per role, the versions the servers keep (Kamal's retained containers), which one
// is live on which host, the commit each came from, and a rollback to any version that every
// host of the role still has.
class ReleasesPage : public ServerView
{
    Q_OBJECT

public:
    explicit ReleasesPage(QWidget *parent = nullptr);

Q_SIGNALS:
    // The user chose to roll back: the Deploy page shows the plan for it.
    void rollbackRequested(const QString &version);

protected:
    void present() override;

private:
    void updateButton();
    QTreeWidget *m_view = nullptr;
    QPushButton *m_rollback = nullptr;
    QLabel *m_reason = nullptr;
};

// Servers: every host with the project's containers (app, accessories, kamal-proxy), their
// state and version, their logs followed live, and the deploy lock — who holds it, since when
// and why — with a guarded release.
class ServersPage : public ServerView
{
    Q_OBJECT

public:
    explicit ServersPage(QWidget *parent = nullptr);
    ~ServersPage() override;

Q_SIGNALS:
    // The user wants the lock released: the Deploy page shows that plan.
    void releaseLockRequested();
    // The user wants a command run (`app exec` / `accessory exec`; kind, argument, role,
    // command and reuse are set): the Deploy page runs it.
    void execRequested(const Berth::Engine::OperationRequest &exec, bool interactive);

protected:
    void present() override;

private:
    void followLogs();
    void showExecDialog();
    QTreeWidget *m_view = nullptr;
    QPushButton *m_exec = nullptr;
    QLabel *m_lock = nullptr;
    QPushButton *m_releaseLock = nullptr;
    QPushButton *m_follow = nullptr;
    QPushButton *m_stop = nullptr;
    QPlainTextEdit *m_logs = nullptr;
    std::unique_ptr<Engine::LogFollower> m_follower;
};

} // namespace Berth::Gui
