/**
 * Daemon-side and client-side message texts. Each function names where the wording comes from
 * (moby/moby docker-v29.7.2 or docker/cli v29.7.2; older notes say v28.2.2 where the text is
 * unchanged at 29). fixtures/outputs.ts records whole outputs built from these.
 */

/** docker/cli cmd/docker/docker.go: main prints the error with Fprintln; API errors are prefixed by the client. */
export const fromDaemon = (msg: string): string => `Error response from daemon: ${msg}`;

/** docker/cli cli/command/container/run.go withHelp(). */
export const withRunHelp = (msg: string, command = 'run'): string =>
  `docker: ${msg}\n\nRun 'docker ${command} --help' for more information`;

/** moby container/view.go GetByPrefix / daemon.GetContainer. */
export const noSuchContainer = (ref: string): string => `No such container: ${ref}`;
export const multipleIds = (ref: string): string =>
  `multiple IDs found with provided prefix: ${ref}`;

/** moby daemon/errors.go nameConflictError.Error(). */
export const nameConflict = (name: string, id: string): string =>
  `Conflict. The container name "/${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`;

/** moby libnetwork/portallocator/portallocator.go alreadyAllocatedErr, wrapped by libnetwork/endpoint.go and daemon/start_linux.go (errSetupNetworking). */
export const portAllocated = (
  containerName: string,
  endpointId: string,
  ip: string,
  port: number,
): string =>
  `failed to set up container networking: driver failed programming external connectivity on endpoint ${containerName} (${endpointId}): Bind for ${ip}:${port} failed: port is already allocated`;

/** moby daemon/delete.go containerRm + cleanupContainer. */
export const removeRunning = (ref: string, state: string): string =>
  `cannot remove container "${ref}": container is ${state}: stop the container before removing or force remove`;
export const removePaused = (ref: string): string =>
  `cannot remove container "${ref}": container is paused and must be unpaused first`;

/** moby daemon/images/image.go ErrImageDoesNotExist.Error(). */
export const noSuchImage = (ref: string): string => `No such image: ${ref}`;

/**
 * moby docker-v29.7.2 daemon/containerd/image_delete.go ImageDelete and imageDeleteConflict.Error():
 * by name, `ref` is reference.FamiliarString of the image's tagged name (nginx:latest).
 */
export const imageInUseByStopped = (ref: string, containerId: string, imageId: string): string =>
  `conflict: unable to delete ${ref} (must be forced) - container ${containerId} is using its referenced image ${imageId}`;
export const imageInUseByRunning = (imageId: string, containerId: string): string =>
  `conflict: unable to delete ${imageId} (cannot be forced) - image is being used by running container ${containerId}`;
export const imageInUseByStoppedId = (imageId: string, containerId: string): string =>
  `conflict: unable to delete ${imageId} (must be forced) - image is being used by stopped container ${containerId}`;
export const imageMultipleRefs = (imageId: string): string =>
  `conflict: unable to delete ${imageId} (must be forced) - image is referenced in multiple repositories`;

/**
 * moby docker-v29.7.2 daemon/containerd/image_pull.go PullImage: containerd's
 * ErrInvalidAuthorization becomes this sentence, with no registry cause appended.
 */
export const pullAccessDenied = (name: string): string =>
  `pull access denied for ${name}, repository does not exist or may require 'docker login'`;

/**
 * A tag or digest the registry does not have: containerd v2.3.3 core/remotes/docker/resolver.go
 * Resolve ("%v: not found" wrapped by errdefs.ErrNotFound), wrapped by containerd's client
 * Pull ("failed to resolve reference %q: %w") and passed on by moby docker-v29.7.2
 * daemon/containerd/image_pull.go translateRegistryError. `canonical` is docker.io/library/nginx:tag.
 */
export const manifestUnknown = (canonical: string): string =>
  `failed to resolve reference "${canonical}": ${canonical}: not found`;

/** moby daemon/errors.go errNotRunning / daemon/kill.go. */
export const notRunning = (id: string): string => `container ${id} is not running`;
/** moby daemon/pause.go, daemon/unpause.go, daemon/errors.go. */
export const alreadyPaused = (id: string): string => `Container ${id} is already paused`;
export const notPaused = (id: string): string => `Container ${id} is not paused`;
export const pausedExec = (id: string): string =>
  `Container ${id} is paused, unpause the container before exec`;
export const cannotPauseStopped = (id: string): string => `container ${id} is not running`;

/** moby daemon/errors.go errContainerIsRestarting (exec into a crash-looping container, docker-v29.7.2). */
export const isRestarting = (id: string): string =>
  `Container ${id} is restarting, wait until the container is running`;

/**
 * A missing executable, checked at docker-v29.7.2: runc v1.4.3 (libcontainer
 * standard_init_linux.go exec.LookPath, process_linux.go "error during container init",
 * container_linux.go "unable to start container process", create.go "runc create failed"),
 * containerd v2.3.3 (shim process/init.go "OCI runtime create failed", core/runtime/v2
 * task_manager.go "failed to create shim task"), moby daemon/internal/libcontainerd/remote
 * client.go "failed to create task for container", and the gRPC code `unknown`.
 */
export const execNotFound = (cmd: string): string =>
  `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${cmd}": executable file not found in $PATH: unknown`;
/** The same failure for `docker exec` (daemon/exec.go → containerd). */
export const execProcessNotFound = (cmd: string): string =>
  `OCI runtime exec failed: exec failed: unable to start container process: exec: "${cmd}": executable file not found in $PATH: unknown`;

/** moby volume/service/errors.go OpErr.Error() + volume/service/store.go. */
export const volumeInUse = (name: string, containerIds: readonly string[]): string =>
  `remove ${name}: volume is in use - [${containerIds.join(', ')}]`;
export const noSuchVolume = (name: string): string => `get ${name}: no such volume`;

/** moby libnetwork/error.go. */
export const networkExists = (name: string): string => `network with name ${name} already exists`;
export const networkNotFound = (name: string): string => `network ${name} not found`;
/** libnetwork/network.go delete(): endpoints are listed as name:"web" id:"<12 hex>"; daemon/network.go wraps it. */
export const networkActiveEndpoints = (
  name: string,
  endpoints: readonly {name: string; id: string}[],
): string =>
  `error while removing network: network ${name} has active endpoints (${endpoints.map((e) => `name:"${e.name}" id:"${e.id.slice(0, 12)}"`).join(', ')})`;
/** moby daemon/network.go deleteNetwork for predefined networks. */
export const predefinedNetwork = (name: string): string =>
  `${name} is a pre-defined network and cannot be removed`;

/** docker/cli v29.7.2 cli/command/container/start.go runStart (fmt.Errorf, printed without `Error: `). */
export const failedToStart = (names: readonly string[]): string =>
  `failed to start containers: ${names.join(', ')}`;

/** docker/cli v29.7.2 cli/command/system/inspect.go inspectAll. */
export const noSuchObject = (ref: string): string => `error: no such object: ${ref}`;

/** docker/cli v29.7.2 vendor/github.com/moby/moby/client/image_tag.go ImageTag. */
export const invalidTagReference = (ref: string, cause: string): string =>
  `error parsing reference: "${ref}" is not a valid repository/tag: ${cause}`;

/** moby docker-v29.7.2 daemon/containerd/image_push.go pushRef (a missing tag). */
export const pushTagDoesNotExist = (familiar: string): string => `tag does not exist: ${familiar}`;

/**
 * docker/cli v29.7.2 cli/command/container/cp.go copySummary (HumanSizeWithPrecision 3, both
 * sizes when the content size differs from the tar stream's).
 */
export const copySummary = (content: string, transferred: string, dest: string): string =>
  content === transferred
    ? `Successfully copied ${content} to ${dest}`
    : `Successfully copied ${content} (transferred ${transferred}) to ${dest}`;

/** docker/cli cli/command/container/create.go. */
export const unableToFindImage = (ref: string): string => `Unable to find image '${ref}' locally`;

/** moby daemon/rename.go. */
export const renameSameName = 'Renaming a container with the same name as its current name';

/** moby daemon/names.go reserveName → validContainerNamePattern. */
export const invalidContainerName = (name: string): string =>
  `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`;

/** moby daemon/container_operations.go / daemon/network.go. */
export const alreadyConnected = (container: string, network: string): string =>
  `endpoint with name ${container} already exists in network ${network}`;
export const notConnected = (container: string, network: string): string =>
  `container ${container} is not connected to network ${network}`;

/** docker/cli cli/command/system/prune.go and friends: prune confirmation is skipped with -f. */
export const totalReclaimed = (size: string): string => `Total reclaimed space: ${size}`;

/** The sentence the playground prints when a real terminal would block (foreground server). */
export const PLAYGROUND_NOTE_PREFIX = '플레이그라운드 안내: ';
