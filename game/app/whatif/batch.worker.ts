// A what-if worker: plays the chunks of games the page hands it (batch-player.ts). The page cancels by ending it.
import { batchPlayer, type BatchWorkerReply, type BatchWorkerRequest } from './batch-player';

const play = batchPlayer((reply: BatchWorkerReply) => self.postMessage(reply));
self.onmessage = (event: MessageEvent<BatchWorkerRequest>) => play(event.data);
