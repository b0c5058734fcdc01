#pragma once

#include "core/backup/BackupCatalog.h"
#include "core/backup/BackupSetup.h"
#include "core/kamal/KamalConfig.h"
#include "engine/BackupJobs.h"
#include "engine/HostConnector.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QTableView;

namespace Berth::Config {
class ConfigSession;
}

namespace Berth::Gui {

class BackupTableModel;
class SecretsPage;

// Asks for the database name before a restore, and says what will happen first.
class RestoreConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreConfirmDialog(const QString &database, const QString &timestamp, const QString &host,
                         QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *input() const { return m_input; }
    [[nodiscard]] QPushButton *restoreButton() const { return m_restore; }

private:
    QLineEdit *m_input;
    QPushButton *m_restore = nullptr;
};

// The Backups page: the backups of every postgres-backup-s3 accessory in deploy.yml, listed
// from S3, with freshness against SCHEDULE and a retention preview at the top, details of the
// selected backup, and Back up now, Download, Verify (a restore drill) and Restore. Lives on
// the GUI thread; one action at a time runs on the engine's workers (SSH) or asynchronously
// (S3, gpg), never blocking. Secret values come from the Secrets page's snapshot and stay in
// memory.
class BackupsPage : public QWidget
{
    Q_OBJECT

public:
    explicit BackupsPage(QWidget *parent = nullptr);
    ~BackupsPage() override;

    // The open project (empty folder: none). `session` and `secrets` are borrowed and must
    // outlive the page or be replaced first; the page re-reads when either changes.
    void setContext(const QString &projectRoot, const QString &destination,
                    Config::ConfigSession *session, SecretsPage *secrets);

    // Secret values to use instead of the Secrets page's (tests; a CLI-like embedding).
    void setSecretValues(const QHash<QString, QString> &values);
    // Which server keys the page's SSH connections trust (default: ~/.ssh/known_hosts).
    void setHostKeyPolicy(const Engine::HostKeyPolicy &policy);
    void setDrillOptions(const Engine::DrillOptions &options);
    // Where "last verified" is kept (default: the application's QSettings).
    void setSettingsFile(const QString &path);

    // Accessory images the user marked as speaking postgres-backup-s3's contract (kept in
    // the settings); setting them re-reads the configuration.
    [[nodiscard]] QStringList compatibleImages() const;
    void setCompatibleImages(const QStringList &images);

    // Re-reads the configuration and lists the bucket (F5).
    void refresh();

    [[nodiscard]] const Backup::BackupDiscovery &discovery() const { return m_discovery; }
    [[nodiscard]] BackupTableModel *model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QString summaryText() const; // the freshness and retention banner
    [[nodiscard]] QString detailsText() const;
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] bool needsAttention() const { return m_needsAttention; }
    // Why, in plain words (the banner's warnings), when needsAttention().
    [[nodiscard]] QString attentionReason() const { return m_attentionReason; }

    bool selectBackup(const QString &key);
    [[nodiscard]] std::optional<Backup::BackupEntry> selectedBackup() const;
    void setFilter(const QString &text);

    // The actions (as the buttons run them, minus the file and confirmation dialogs).
    void backUpNow();
    void downloadSelectedTo(const QString &path, bool decrypt);
    void verifySelected();
    void restoreSelectedConfirmed();
    void cancelAction();

    // The confirmation the Restore button opens (non-modal; null when none is open).
    [[nodiscard]] RestoreConfirmDialog *restoreDialog() const { return m_restoreDialog; }

Q_SIGNALS:
    void catalogLoaded();
    void actionFinished(bool success, const QString &message);
    // An overdue or missing backup, or a setup problem, and why (empty when all is well): for
    // the sidebar badge. Emitted when either changes.
    void needsAttentionChanged(bool attention, const QString &reason);
    void statusMessage(const QString &message);

private:
    void buildUi();
    void reloadConfig();
    void listBucket();
    void showCatalog();
    void updateActions();
    void updateDetails();
    void askRestore();
    void askDownload();
    void askCompatibleImage();
    void startJob(Engine::BackupJob *job, const QString &title);
    void finishAction(bool success, const QString &message);
    bool canRun(const Backup::BackupSetup *setup, bool needsBackup);
    void appendLog(const QString &text);
    [[nodiscard]] QHash<QString, QString> secretValues() const;
    [[nodiscard]] const Backup::BackupSetup *selectedSetup() const;
    [[nodiscard]] Engine::PlanRunner::Connector connector() const;
    [[nodiscard]] QSettings *settings() const;
    [[nodiscard]] QString projectId() const;

    QString m_projectRoot;
    QString m_destination;
    QPointer<Config::ConfigSession> m_session;
    QPointer<SecretsPage> m_secrets;
    std::optional<QHash<QString, QString>> m_secretOverride;
    Engine::HostKeyPolicy m_hostKeyPolicy;
    Engine::DrillOptions m_drillOptions;
    QString m_settingsFile;
    mutable std::unique_ptr<QSettings> m_settings;

    std::shared_ptr<const Kamal::KamalConfig> m_config;
    Backup::BackupDiscovery m_discovery;
    QList<std::optional<Backup::BackupCatalog>> m_catalogs; // per setup
    QStringList m_listErrors;
    int m_pendingLists = 0;
    int m_listGeneration = 0;
    bool m_needsAttention = false;
    QString m_attentionReason;

    QNetworkAccessManager *m_network;
    QPointer<Engine::BackupJob> m_job;
    QPointer<Engine::DownloadJob> m_download;
    QPointer<RestoreConfirmDialog> m_restoreDialog;

    QLabel *m_summary = nullptr;
    QLineEdit *m_filter = nullptr;
    BackupTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_backupButton = nullptr;
    QPushButton *m_downloadButton = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_compatibleButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPlainTextEdit *m_log = nullptr;
};

} // namespace Berth::Gui
