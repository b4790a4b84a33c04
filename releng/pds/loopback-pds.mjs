// A Bluesky PDS with its own PLC directory, both bound to 127.0.0.1, for Tweetorial Studio's publish tests.
// Started by start-pds.sh; never shipped. Usage: node loopback-pds.mjs DATA_DIR
// Prints one line "READY {json}" (PDS URL, handles, DIDs, an app password) on stdout once it can be used, then runs
// until its standard input closes or it gets SIGTERM/SIGINT; it then stops both servers and deletes DATA_DIR.
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import crypto from 'node:crypto'
import { PDS } from '@atproto/pds'
import * as plc from '@did-plc/server'
import { Secp256k1Keypair } from '@atproto/crypto'

const LOOPBACK = '127.0.0.1'
const dataDir = process.argv[2]
if (!dataDir) {
  console.error('usage: node loopback-pds.mjs DATA_DIR')
  process.exit(2)
}

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer()
  s.once('error', reject)
  s.listen(0, LOOPBACK, () => {
    const { port } = s.address()
    s.close(() => resolve(port))
  })
})

// Both servers call app.listen(port), which listens on every interface: pin them to loopback.
const bindToLoopback = (app) => {
  const listen = app.listen.bind(app)
  app.listen = (port, ...rest) => listen(port, LOOPBACK, ...rest)
}

const xrpc = async (base, method, body, token) => {
  const res = await fetch(`${base}/xrpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${method}: HTTP ${res.status} ${JSON.stringify(json)}`)
  return json
}

const createAccount = async (base, name) => {
  const password = crypto.randomBytes(12).toString('hex')
  const account = await xrpc(base, 'com.atproto.server.createAccount',
    { handle: `${name}.test`, email: `${name}@example.test`, password })
  const app = await xrpc(base, 'com.atproto.server.createAppPassword', { name: 'tweetorial-test' },
    account.accessJwt)
  return { handle: account.handle, did: account.did, password, appPassword: app.password }
}

let stopping = false
let plcServer
let pds
const stop = async (code) => {
  if (stopping) return
  stopping = true
  try { if (pds) await pds.destroy() } catch (e) { console.error('stopping the PDS:', e.message) }
  try { if (plcServer) await plcServer.destroy() } catch (e) { console.error('stopping the PLC:', e.message) }
  fs.rmSync(dataDir, { recursive: true, force: true })
  process.exit(code)
}

try {
  fs.mkdirSync(path.join(dataDir, 'blobs'), { recursive: true })
  const plcPort = await freePort()
  plcServer = plc.PlcServer.create({ db: plc.Database.mock(), port: plcPort })
  bindToLoopback(plcServer.app)
  await plcServer.start()

  const pdsPort = await freePort()
  const rotationKey = await Secp256k1Keypair.create({ exportable: true })
  const recoveryKey = await Secp256k1Keypair.create()
  pds = await PDS.fromEnv({
    port: pdsPort,
    hostname: 'localhost',
    devMode: true,
    dataDirectory: dataDir,
    blobstoreDiskLocation: path.join(dataDir, 'blobs'),
    didPlcUrl: `http://${LOOPBACK}:${plcPort}`,
    jwtSecret: crypto.randomBytes(16).toString('hex'),
    adminPassword: crypto.randomBytes(16).toString('hex'),
    plcRotationKeyK256PrivateKeyHex: Buffer.from(await rotationKey.export()).toString('hex'),
    recoveryDidKey: recoveryKey.did(),
    inviteRequired: false,
    serviceHandleDomains: ['.test'],
    bskyAppViewUrl: `http://${LOOPBACK}:1`,
    bskyAppViewDid: 'did:example:appview',
    modServiceUrl: `http://${LOOPBACK}:1`,
    modServiceDid: 'did:example:moderation',
    crawlers: [],
  })
  bindToLoopback(pds.app)
  await pds.start()

  const url = `http://${LOOPBACK}:${pdsPort}`
  const alice = await createAccount(url, 'alice')
  const bob = await createAccount(url, 'bob')
  process.stdout.write(`READY ${JSON.stringify({ url, dataDir, plcUrl: `http://${LOOPBACK}:${plcPort}`, alice, bob })}\n`)
} catch (e) {
  console.error('the loopback PDS did not start:', e && e.stack ? e.stack : e)
  await stop(1)
}

process.on('SIGTERM', () => stop(0))
process.on('SIGINT', () => stop(0))
process.stdin.on('end', () => stop(0))
process.stdin.on('close', () => stop(0))
process.stdin.resume()
