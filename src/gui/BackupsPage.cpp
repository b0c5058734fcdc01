#include "gui/BackupsPage.h"

#include "cloud/S3Client.h"
#include "core/backup/BackupStatus.h"
#include "core/backup/VerificationRecord.h"
#include "core/config/ConfigSession.h"
#include "gui/BackupTableModel.h"
#include "gui/ConnectPrompter.h"
#include "gui/PageHeader.h"
#include "gui/Pages.h"
#include "gui/SecretsPage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Berth::Gui {

// ---- RestoreConfirmDialog ---------------------------------------------------------------------

RestoreConfirmDialog::RestoreConfirmDialog(const QString &database, const QString &timestamp,
                                           const QString &host, QWidget *parent)
    : QDialog(parent)
    , m_input(new QLineEdit(this))
{
    setWindowTitle(tr("Restore %1").arg(database));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(
        tr("<p>Restore <b>%1</b> on %2 from the backup of <b>%3 UTC</b>?</p>"
           "<p>First, Berth checks that the backup restores cleanly in a throwaway database and "
           "takes a <b>safety backup</b> of the current data. Then the backup replaces the "
           "database: changes made since %3 are lost (the safety backup keeps them).</p>"
           "<p>Type the database name to confirm:</p>")
            .arg(database.toHtmlEscaped(), host.toHtmlEscaped(), timestamp.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    layout->addWidget(text);
    m_input->setPlaceholderText(database);
    m_input->setAccessibleName(tr("Database name to confirm the restore"));
    text->setBuddy(m_input);
    layout->addWidget(m_input);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("Restore"), QDialogButtonBox::DestructiveRole);
    m_restore->setEnabled(false);
    m_restore->setAccessibleName(tr("Restore the database"));
    layout->addWidget(buttons);
    connect(m_input, &QLineEdit::textChanged, this,
            [this, database](const QString &typed) { m_restore->setEnabled(typed == database); });
    connect(m_restore, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

// ---- BackupsPage ------------------------------------------------------------------------------

BackupsPage::BackupsPage(QWidget *parent)
    : QWidget(parent)
    , m_network(new QNetworkAccessManager(this))
{
    buildUi();
    setContext(QString(), QString(), nullptr, nullptr);
}

BackupsPage::~BackupsPage()
{
    // Jobs are children: their destructors cancel and wait for the worker threads, which must
    // not be waiting for an answer to a dialog then.
    if (m_job) {
        m_job->cancel();
        ConnectPrompter::session()->declineOpenQuestions();
    }
}

void BackupsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(Pages::icon(PageId::Backups), Pages::title(PageId::Backups),
                                     Pages::purpose(PageId::Backups), this));

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(8);
    m_summary->setAccessibleName(tr("Backup freshness and retention"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);

    auto *actions = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by database…"));
    m_filter->setAccessibleName(tr("Filter backups by database"));
    m_filter->setClearButtonEnabled(true);
    actions->addWidget(m_filter, 1);
    const auto button = [this, actions](const QString &text, const QString &accessible,
                                        const QKeySequence &shortcut) {
        auto *b = new QPushButton(text, this);
        b->setAccessibleName(accessible);
        if (!shortcut.isEmpty()) {
            b->setShortcut(shortcut);
            b->setToolTip(QStringLiteral("%1 (%2)").arg(
                accessible, shortcut.toString(QKeySequence::NativeText)));
        }
        actions->addWidget(b);
        return b;
    };
    m_refreshButton
        = button(tr("Refresh"), tr("Refresh the list of backups"), QKeySequence::Refresh);
    m_backupButton = button(tr("&Back up now"), tr("Back up the database now"), {});
    m_downloadButton = button(tr("&Download…"), tr("Download the selected backup"), {});
    m_verifyButton
        = button(tr("&Verify"), tr("Verify the selected backup with a restore drill"), {});
    m_restoreButton
        = button(tr("&Restore…"), tr("Restore the database from the selected backup"), {});
    m_compatibleButton = button(tr("Mark an image as compatible…"),
                                tr("Mark an accessory image as compatible with "
                                   "postgres-backup-s3"),
                                {});
    layout->addLayout(actions);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new BackupTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BackupTableModel::SortRole);
    m_proxy->setFilterKeyColumn(BackupTableModel::Database);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(splitter);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Backups"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BackupTableModel::TimeUtc, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details = new QLabel(splitter);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMargin(8);
    // Ignored: a long object key must not widen the window; the splitter sizes the pane.
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_details->setMinimumWidth(240);
    m_details->setAccessibleName(tr("Details of the selected backup"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({780, 420}); // room for the object key in the details
    layout->addWidget(splitter, 3);

    auto *progressRow = new QHBoxLayout;
    m_progressLabel = new QLabel(this);
    // Long outcomes wrap instead of widening the window.
    m_progressLabel->setWordWrap(true);
    m_progressLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progressLabel->setAccessibleName(tr("Current backup action"));
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress of the current backup action"));
    m_progress->setRange(0, 100);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setAccessibleName(tr("Cancel the current backup action"));
    m_cancelButton->setShortcut(QKeySequence::Cancel);
    progressRow->addWidget(m_progressLabel, 2);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);

    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setAccessibleName(tr("Output of backup actions"));
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("The output of Back up now, Verify and Restore appears here."));
    layout->addWidget(m_log, 1);

    setTabOrder(m_filter, m_refreshButton);
    setTabOrder(m_refreshButton, m_backupButton);
    setTabOrder(m_backupButton, m_downloadButton);
    setTabOrder(m_downloadButton, m_verifyButton);
    setTabOrder(m_verifyButton, m_restoreButton);
    setTabOrder(m_restoreButton, m_compatibleButton);
    setTabOrder(m_compatibleButton, m_view);
    setTabOrder(m_view, m_cancelButton);
    setTabOrder(m_cancelButton, m_log);

    connect(m_filter, &QLineEdit::textChanged, this, &BackupsPage::setFilter);
    connect(m_refreshButton, &QPushButton::clicked, this, &BackupsPage::refresh);
    connect(m_backupButton, &QPushButton::clicked, this, &BackupsPage::backUpNow);
    connect(m_downloadButton, &QPushButton::clicked, this, &BackupsPage::askDownload);
    connect(m_verifyButton, &QPushButton::clicked, this, &BackupsPage::verifySelected);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupsPage::askRestore);
    connect(m_cancelButton, &QPushButton::clicked, this, &BackupsPage::cancelAction);
    connect(m_compatibleButton, &QPushButton::clicked, this, &BackupsPage::askCompatibleImage);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] { m_filter->setFocus(); });
}

void BackupsPage::setContext(const QString &projectRoot, const QString &destination,
                             Config::ConfigSession *session, SecretsPage *secrets)
{
    if (m_session)
        m_session->disconnect(this);
    if (m_secrets)
        m_secrets->disconnect(this);
    cancelAction();
    m_projectRoot = projectRoot;
    m_destination = destination;
    m_session = session;
    m_secrets = secrets;
    if (m_session)
        connect(m_session, &Config::ConfigSession::changed, this, &BackupsPage::reloadConfig);
    if (m_secrets)
        connect(m_secrets, &SecretsPage::secretsResolved, this, &BackupsPage::refresh);
    setEnabled(!projectRoot.isEmpty());
    refresh();
}

void BackupsPage::setSecretValues(const QHash<QString, QString> &values)
{
    m_secretOverride = values;
}

void BackupsPage::setHostKeyPolicy(const Engine::HostKeyPolicy &policy)
{
    m_hostKeyPolicy = policy;
}

void BackupsPage::setDrillOptions(const Engine::DrillOptions &options)
{
    m_drillOptions = options;
}

void BackupsPage::setSettingsFile(const QString &path)
{
    m_settingsFile = path;
    m_settings.reset();
}

QSettings *BackupsPage::settings() const
{
    if (!m_settings)
        m_settings = m_settingsFile.isEmpty()
            ? std::make_unique<QSettings>()
            : std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
    return m_settings.get();
}

QString BackupsPage::projectId() const
{
    return Backup::VerificationRecord::projectId(m_projectRoot, m_destination);
}

QHash<QString, QString> BackupsPage::secretValues() const
{
    if (m_secretOverride)
        return *m_secretOverride;
    return m_secrets ? m_secrets->resolution().values() : QHash<QString, QString>();
}

QStringList BackupsPage::compatibleImages() const
{
    return settings()->value(QStringLiteral("backups/compatibleImages")).toStringList();
}

void BackupsPage::setCompatibleImages(const QStringList &images)
{
    settings()->setValue(QStringLiteral("backups/compatibleImages"), images);
    refresh();
}

void BackupsPage::askCompatibleImage()
{
    if (!m_config)
        return;
    QStringList images;
    for (const Kamal::Accessory &accessory : m_config->accessories)
        images << accessory.image;
    if (images.isEmpty())
        return;
    bool ok = false;
    const QString image = QInputDialog::getItem(
        this, tr("Compatible backup image"),
        tr("Which accessory image works like eeshugerman/postgres-backup-s3 (the same "
           "variables, backup.sh and restore.sh)?"),
        images, 0, false, &ok);
    if (ok && !image.isEmpty())
        setCompatibleImages(compatibleImages() << image);
}

void BackupsPage::refresh()
{
    reloadConfig();
}

void BackupsPage::reloadConfig()
{
    m_config.reset();
    m_discovery = {};
    m_catalogs.clear();
    m_listErrors.clear();
    if (m_projectRoot.isEmpty()) {
        m_model->setRows({}, {}, QDateTime::currentDateTimeUtc());
        m_summary->setText(tr("Open a project to see its backups."));
        updateDetails();
        updateActions();
        return;
    }
    if (!m_session || m_session->config().unreadable()) {
        m_discovery.message = tr("deploy.yml could not be read: fix it on the Config page.");
    } else {
        auto config = Kamal::KamalConfig::load(m_session->config().effective, m_destination);
        if (!config)
            m_discovery.message = tr("deploy.yml has errors (%1): fix them on the Config page.")
                                      .arg(config.error().message);
        else {
            m_config = std::make_shared<const Kamal::KamalConfig>(*config);
            m_discovery
                = Backup::BackupDiscoverer::discover(*m_config, secretValues(), compatibleImages());
        }
    }
    listBucket();
}

void BackupsPage::listBucket()
{
    m_catalogs = QList<std::optional<Backup::BackupCatalog>>(m_discovery.setups.size());
    m_pendingLists = 0;
    // A refresh while listings are still out: their answers belong to the old setups.
    const int generation = ++m_listGeneration;
    for (qsizetype i = 0; i < m_discovery.setups.size(); ++i) {
        const Backup::BackupSetup &setup = m_discovery.setups.at(i);
        if (!setup.isUsable())
            continue;
        auto *client = Engine::makeS3Client(m_network, setup, this);
        Cloud::S3ListJob *list = client->listObjects(Engine::listingPrefix(setup));
        ++m_pendingLists;
        const int index = int(i);
        connect(list, &Cloud::S3Job::finished, this, [this, client, list, index, generation] {
            list->deleteLater();
            client->deleteLater();
            if (generation != m_listGeneration)
                return;
            --m_pendingLists;
            if (index < m_catalogs.size()) {
                auto catalog
                    = Engine::catalogFromListing(*list, *client, m_discovery.setups.at(index));
                if (catalog)
                    m_catalogs[index] = std::move(*catalog);
                else
                    m_listErrors << catalog.error().message;
            }
            if (m_pendingLists == 0)
                showCatalog();
        });
    }
    if (m_pendingLists == 0)
        showCatalog();
    else
        m_summary->setText(tr("Listing backups…"));
    updateActions();
}

void BackupsPage::showCatalog()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Backup::VerificationRecord record(settings(), projectId());
    QList<BackupTableModel::Row> rows;
    QHash<QString, Backup::Verification> verified;
    QStringList lines;
    QStringList warnings;
    bool attention = false;
    const auto line = [&lines, &warnings](const QString &text, bool warning) {
        lines << (warning ? QStringLiteral("⚠ %1") : QStringLiteral("✓ %1"))
                     .arg(text.toHtmlEscaped());
        if (warning)
            warnings << text;
    };
    if (m_discovery.setups.isEmpty() && !m_projectRoot.isEmpty()) {
        line(m_discovery.message, true);
        attention = !m_config; // a broken config deserves a badge; no backups at all is a choice
    }
    for (qsizetype i = 0; i < m_discovery.setups.size(); ++i) {
        const Backup::BackupSetup &setup = m_discovery.setups.at(i);
        for (const QString &problem : setup.problems)
            line(problem, true);
        attention = attention || !setup.isUsable();
        if (const auto last = record.last(setup.database))
            verified.insert(setup.database, *last);
        const auto &catalog = m_catalogs.value(i);
        if (!catalog)
            continue;
        const Backup::BackupStatus status = Backup::BackupStatus::of(setup, *catalog, now);
        for (const Backup::StatusNote &note : status.notes)
            line(note.text, note.warning);
        attention = attention || status.needsAttention;
        const QList<Backup::BackupEntry> backups = catalog->backups(setup.database);
        for (const Backup::BackupEntry &entry : backups)
            rows.append({entry, int(i)});
    }
    for (const QString &error : std::as_const(m_listErrors))
        line(error, true);
    attention = attention || !m_listErrors.isEmpty();

    const QString selected = selectedBackup() ? selectedBackup()->key : QString();
    m_model->setRows(rows, verified, now);
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    if (!selected.isEmpty())
        selectBackup(selected);
    else if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
    updateDetails();
    updateActions();
    const QString reason = attention ? warnings.join(QLatin1Char(' ')) : QString();
    if (attention != m_needsAttention || reason != m_attentionReason) {
        m_needsAttention = attention;
        m_attentionReason = reason;
        Q_EMIT needsAttentionChanged(attention, reason);
    }
    Q_EMIT catalogLoaded();
}

QString BackupsPage::summaryText() const
{
    return m_summary->text();
}

QString BackupsPage::detailsText() const
{
    return m_details->text();
}

bool BackupsPage::isBusy() const
{
    return (m_job && m_job->isRunning())
        || (m_download && m_download->outcome() == Engine::BackupJob::Outcome::Running);
}

void BackupsPage::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
}

bool BackupsPage::selectBackup(const QString &key)
{
    const int row = m_model->indexOfKey(key);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

std::optional<Backup::BackupEntry> BackupsPage::selectedBackup() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->row(current.row()).entry;
}

const Backup::BackupSetup *BackupsPage::selectedSetup() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        // Nothing selected (no backups yet, or filtered out): the first usable accessory.
        for (const Backup::BackupSetup &setup : m_discovery.setups) {
            if (setup.isUsable())
                return &setup;
        }
        return m_discovery.setups.isEmpty() ? nullptr : &m_discovery.setups.constFirst();
    }
    const int setup = m_model->row(current.row()).setup;
    return setup < m_discovery.setups.size() ? &m_discovery.setups.at(setup) : nullptr;
}

void BackupsPage::updateDetails()
{
    const auto entry = selectedBackup();
    const Backup::BackupSetup *setup = selectedSetup();
    if (!entry || !setup) {
        m_details->setText(
            m_discovery.setups.isEmpty() ? QString() : tr("Select a backup to see its details."));
        return;
    }
    const Backup::VerificationRecord record(settings(), projectId());
    const auto verified = record.last(entry->database);
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    html += row(tr("Database"), entry->database);
    html += row(tr("Taken"), QLocale().toString(entry->time.toLocalTime(), QLocale::LongFormat));
    html += row(tr("UTC"), entry->timestamp);
    html += row(tr("Size"), BackupTableModel::sizeText(entry->size));
    html += row(tr("Encryption"), entry->encrypted ? tr("GPG (PASSPHRASE)") : tr("none"));
    html += row(tr("Object"), entry->key);
    html += row(tr("Bucket"), setup->s3Bucket);
    html += row(tr("Accessory"), tr("%1 on %2").arg(setup->containerName, setup->host));
    html += row(tr("Restore argument"), entry->timestamp);
    html += row(
        tr("Last verified"),
        verified
            ? tr("%1 (%2, %n row(s))", nullptr, int(verified->rows))
                  .arg(QLocale().toString(verified->when.toLocalTime(), QLocale::ShortFormat),
                       verified->backupKey == entry->key ? tr("this backup") : verified->backupKey)
            : tr("never"));
    html += QStringLiteral("</table>");
    m_details->setText(html);
}

void BackupsPage::updateActions()
{
    const bool busy = isBusy();
    const Backup::BackupSetup *setup = selectedSetup();
    const bool usable = setup && setup->isUsable() && m_config;
    const bool selected = selectedBackup().has_value();
    m_refreshButton->setEnabled(!busy);
    m_backupButton->setEnabled(!busy && usable);
    m_downloadButton->setEnabled(!busy && usable && selected);
    m_verifyButton->setEnabled(!busy && usable && selected && !setup->postgresImage.isEmpty());
    m_restoreButton->setEnabled(!busy && usable && selected
                                && !setup->postgresContainerName.isEmpty());
    m_cancelButton->setEnabled(busy);
    // Offered only when no accessory was recognised but some exist.
    m_compatibleButton->setVisible(m_config && m_discovery.setups.isEmpty()
                                   && !m_config->accessories.isEmpty());
    m_progress->setVisible(busy || m_progress->value() > 0);
}

Engine::PlanRunner::Connector BackupsPage::connector() const
{
    Engine::HostKeyPolicy policy = m_hostKeyPolicy;
    if (!policy.passphrases)
        policy.passphrases = ConnectPrompter::session()->passphrases();
    // A server not in known_hosts yet is shown to the user, as the Deploy page does.
    if (!policy.askHostKey && !policy.acceptAnyNew)
        policy.askHostKey = ConnectPrompter::session()->hostKeyAsker();
    return Engine::makeConnector(m_config, policy);
}

void BackupsPage::appendLog(const QString &text)
{
    m_log->moveCursor(QTextCursor::End);
    m_log->insertPlainText(text);
    m_log->moveCursor(QTextCursor::End);
}

void BackupsPage::startJob(Engine::BackupJob *job, const QString &title)
{
    m_job = job;
    m_log->clear();
    m_progress->setValue(0);
    m_progressLabel->setText(title);
    connect(job, &Engine::BackupJob::outputReceived, this, &BackupsPage::appendLog);
    connect(job, &Engine::BackupJob::progressChanged, this,
            [this](int percent, const QString &step) {
                m_progress->setValue(percent);
                m_progressLabel->setText(step);
            });
    job->start();
    updateActions();
}

void BackupsPage::backUpNow()
{
    const Backup::BackupSetup *setup = selectedSetup();
    if (!canRun(setup, false))
        return;
    auto *job = new Engine::BackupNowJob(*setup, connector(), this);
    connect(job, &Engine::BackupJob::finished, this, [this, job] {
        const bool ok = job->outcome() == Engine::BackupJob::Outcome::Success;
        finishAction(ok, ok ? job->summary() : job->error().message);
        job->deleteLater();
        if (ok) {
            refresh();
            if (!job->uploadedKey().isEmpty())
                connect(
                    this, &BackupsPage::catalogLoaded, this,
                    [this, key = job->uploadedKey()] { selectBackup(key); },
                    Qt::SingleShotConnection);
        }
    });
    startJob(job, tr("Backing up %1…").arg(setup->database));
}

void BackupsPage::verifySelected()
{
    const Backup::BackupSetup *setup = selectedSetup();
    const auto entry = selectedBackup();
    if (!canRun(setup, true))
        return;
    auto *job = new Engine::VerifyJob(*setup, *entry, connector(), m_drillOptions, this);
    connect(job, &Engine::BackupJob::finished, this, [this, job] {
        const bool ok = job->outcome() == Engine::BackupJob::Outcome::Success;
        if (ok) {
            Backup::VerificationRecord record(settings(), projectId());
            record.record(job->backup().database,
                          {QDateTime::currentDateTimeUtc(), job->backup().key,
                           int(job->counts().tables.size()), job->counts().totalRows()});
        }
        finishAction(ok, ok ? job->summary() : job->error().message);
        job->deleteLater();
        if (ok)
            showCatalog(); // the Verified column
    });
    startJob(job, tr("Verifying the backup of %1 from %2…").arg(entry->database, entry->timestamp));
}

void BackupsPage::askRestore()
{
    const Backup::BackupSetup *setup = selectedSetup();
    const auto entry = selectedBackup();
    if (isBusy() || !setup || !entry)
        return;
    delete m_restoreDialog;
    m_restoreDialog
        = new RestoreConfirmDialog(entry->database, entry->timestamp, setup->host, this);
    m_restoreDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_restoreDialog, &QDialog::accepted, this, &BackupsPage::restoreSelectedConfirmed);
    m_restoreDialog->open();
}

void BackupsPage::restoreSelectedConfirmed()
{
    const Backup::BackupSetup *setup = selectedSetup();
    const auto entry = selectedBackup();
    if (!canRun(setup, true))
        return;
    auto *job = new Engine::RestoreJob(*setup, *entry, connector(), m_drillOptions, this);
    connect(job, &Engine::BackupJob::finished, this, [this, job] {
        const bool ok = job->outcome() == Engine::BackupJob::Outcome::Success;
        QString message = ok ? job->summary() : job->error().message;
        if (!ok && !job->error().detail.isEmpty())
            appendLog(job->error().detail + QLatin1Char('\n'));
        finishAction(ok, message);
        job->deleteLater();
        refresh(); // the safety backup is new
    });
    startJob(job, tr("Restoring %1 from %2…").arg(entry->database, entry->timestamp));
}

void BackupsPage::askDownload()
{
    const Backup::BackupSetup *setup = selectedSetup();
    const auto entry = selectedBackup();
    if (isBusy() || !setup || !entry)
        return;
    bool decrypt = false;
    if (entry->encrypted) {
        const auto answer = QMessageBox::question(
            this, tr("Download backup"),
            tr("This backup is encrypted. Decrypt it here with gpg and the accessory's "
               "PASSPHRASE, saving a plain .dump?"),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        decrypt = answer == QMessageBox::Yes;
    }
    const QString name = Engine::DownloadJob::fileNameFor(*entry, decrypt);
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save backup"), QDir::home().filePath(name));
    if (!path.isEmpty())
        downloadSelectedTo(path, decrypt);
}

void BackupsPage::downloadSelectedTo(const QString &path, bool decrypt)
{
    const Backup::BackupSetup *setup = selectedSetup();
    const auto entry = selectedBackup();
    if (!canRun(setup, true))
        return;
    auto *client = Engine::makeS3Client(m_network, *setup, this);
    auto *job = new Engine::DownloadJob(
        client, *entry, path,
        decrypt && entry->encrypted ? std::optional<QString>(setup->passphrase) : std::nullopt,
        this);
    m_download = job;
    m_log->clear();
    m_progress->setValue(0);
    connect(job, &Engine::DownloadJob::progressChanged, this,
            [this](int percent, const QString &step) {
                m_progress->setValue(percent);
                m_progressLabel->setText(step);
            });
    connect(job, &Engine::DownloadJob::finished, this, [this, job, client] {
        const bool ok = job->outcome() == Engine::BackupJob::Outcome::Success;
        finishAction(ok,
                     ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(job->targetPath()))
                        : job->error().message);
        job->deleteLater();
        client->deleteLater();
    });
    job->start();
    updateActions();
}

bool BackupsPage::canRun(const Backup::BackupSetup *setup, bool needsBackup)
{
    // Said out loud (not just a silent no-op): the buttons are disabled in these cases, but
    // shortcuts and callers of the public API deserve an answer.
    QString reason;
    if (isBusy())
        reason = tr("Another backup action is running: wait for it or cancel it.");
    else if (!m_config || !setup)
        reason = m_discovery.message.isEmpty() ? tr("No backup accessory is configured.")
                                               : m_discovery.message;
    else if (!setup->isUsable())
        reason = setup->problems.join(QLatin1Char(' '));
    else if (needsBackup && !selectedBackup())
        reason = tr("Select a backup first.");
    if (reason.isEmpty())
        return true;
    Q_EMIT statusMessage(reason);
    Q_EMIT actionFinished(false, reason);
    return false;
}

void BackupsPage::cancelAction()
{
    if (m_job)
        m_job->cancel();
    if (m_download)
        m_download->cancel();
}

void BackupsPage::finishAction(bool success, const QString &message)
{
    m_progressLabel->setText(message);
    if (!success)
        m_progress->setValue(0);
    appendLog((success ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + message
              + QLatin1Char('\n'));
    updateActions();
    Q_EMIT statusMessage(message);
    Q_EMIT actionFinished(success, message);
}

} // namespace Berth::Gui
