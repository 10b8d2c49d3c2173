/**
 * `union-dash user add|list|remove|passwd`: the users of the dashboard, in union-dash.users.json
 * beside the ledgers' config. Passwords come from a prompt without echo, or from standard input
 * with --password-stdin; only their scrypt hashes are written.
 */
import {
  findUser,
  hashPassword,
  isRole,
  MIN_PASSWORD_LENGTH,
  newStamp,
  newUsersFile,
  readUsersFile,
  usersPath,
  validName,
  withoutUser,
  withPassword,
  withUser,
  writeUsersFile,
  type UsersFile,
} from '../access/index.ts';
import { configPath } from '../config/index.ts';
import { authText } from '../messages/auth.ts';
import { usersText } from '../messages/users.ts';
import { parseArgs, textOption, UsageError, withUsage } from './args.ts';
import { EXIT, type CliIO } from './io.ts';
import { defaultSources } from './sources.ts';

const SUBCOMMANDS = ['add', 'list', 'remove', 'passwd'] as const;

export const runUser = (argv: readonly string[], io: CliIO): Promise<number> => withUsage(io, () => user(argv, io));

async function user(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { valued: ['--role'], switches: ['--password-stdin'], usage: usersText.usage });
  const [sub, ...rest] = args.positional;
  if (!sub || !(SUBCOMMANDS as readonly string[]).includes(sub)) throw new UsageError(usersText.usage);
  const needsName = sub !== 'list';
  const name = needsName ? rest[0]?.trim() : undefined;
  if (needsName && !name) throw new UsageError(usersText.needName, usersText.usage);
  const sources = needsName ? rest.slice(1) : rest;
  const path = usersPath(configPath(sources.length ? sources : defaultSources(), io.cwd));

  const read = await readUsersFile(path);
  if (!read.ok) {
    io.stderr(authText.usersBroken(read.reason));
    return EXIT.usage;
  }
  const file = read.file;
  const password = () => readPassword(io, args.options.has('--password-stdin'));

  switch (sub) {
    case 'list': {
      if (!file || file.users.length === 0) io.stdout(usersText.none(path));
      else io.stdout([usersText.listHeader, ...file.users.map((u) => `${u.name}\t${authText.roles[u.role]}\t${u.created.slice(0, 10)}`)].join('\n'));
      return EXIT.ok;
    }
    case 'add': {
      const role = textOption(args, '--role');
      if (role === undefined) throw new UsageError(usersText.needRole, usersText.usage);
      if (!isRole(role)) throw new UsageError(usersText.badRoleOption(role));
      if (!validName(name!)) throw new UsageError(usersText.badName(name!));
      if (file && findUser(file, name!)) throw new UsageError(usersText.exists(name!));
      const hash = await hashPassword(await password());
      const base = file ?? newUsersFile();
      await writeUsersFile(path, withUser(base, { name: name!, role, hash, stamp: newStamp(), created: new Date().toISOString() }));
      io.stdout(usersText.added(name!, authText.roles[role], path));
      if (base.users.length === 0) io.stdout(usersText.firstUser);
      return EXIT.ok;
    }
    case 'remove': {
      const u = known(file, name!);
      const chairs = file!.users.filter((x) => x.role === 'chair');
      if (u.role === 'chair' && chairs.length === 1 && file!.users.length > 1) throw new UsageError(usersText.lastChair(u.name));
      await writeUsersFile(path, withoutUser(file!, u.name));
      io.stdout(usersText.removed(u.name));
      return EXIT.ok;
    }
    default: {
      const u = known(file, name!);
      await writeUsersFile(path, withPassword(file!, u.name, await hashPassword(await password())));
      io.stdout(usersText.passwordChanged(u.name));
      return EXIT.ok;
    }
  }
}

function known(file: UsersFile | null, name: string) {
  const u = file ? findUser(file, name) : undefined;
  if (!u) throw new UsageError(usersText.unknown(name, file?.users.map((x) => x.name) ?? []));
  return u;
}

async function readPassword(io: CliIO, fromStdin: boolean): Promise<string> {
  let pw: string;
  if (fromStdin) {
    if (!io.readStdin) throw new UsageError(usersText.noTerminal);
    pw = (await io.readStdin()).replace(/\r?\n$/, '');
  } else {
    if (!io.readSecret) throw new UsageError(usersText.noTerminal);
    pw = await io.readSecret(usersText.askPassword);
    if ((await io.readSecret(usersText.askAgain)) !== pw) throw new UsageError(usersText.mismatch);
  }
  if ([...pw].length < MIN_PASSWORD_LENGTH) throw new UsageError(usersText.tooShort(MIN_PASSWORD_LENGTH));
  return pw;
}
